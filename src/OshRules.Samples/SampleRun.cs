using OshRules.Samples.Roster;

namespace OshRules.Samples;

/// <summary>Runs the sample with parsed options.</summary>
internal static class SampleRun
{
    public static int Execute(SampleOptions options)
    {
        var path = options.Roster?.FullName ?? Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv");
        var file = RosterReader.Read(path, options.Encoding);
        Console.WriteLine($"Roster: {file.Rows.Count} rows read, {file.Errors.Count} rejected ({file.Encoding}).");
        foreach (var e in file.Errors)
        {
            Console.WriteLine("  " + e);
        }

        return 0;
    }
}
