namespace OshRules.Samples;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("OshRules sample: the rule families are not wired in yet.");
        return 0;
    }
}
