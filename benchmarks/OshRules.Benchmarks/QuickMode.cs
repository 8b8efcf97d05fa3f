namespace OshRules.Benchmarks;

/// <summary>
/// <c>--quick</c>: the large parameter sizes shrink to 1,000 so a smoke run over everything stays short. Carried to the
/// benchmark child processes through an environment variable.
/// </summary>
public static class QuickMode
{
    private const string Variable = "OSHRULES_BENCH_QUICK";

    /// <summary>Whether the smoke mode is on.</summary>
    public static bool IsOn => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Turns the smoke mode on for this process and the ones it starts.</summary>
    public static void Enable() => Environment.SetEnvironmentVariable(Variable, "1");

    /// <summary>The given sizes, or just 1,000 in smoke mode.</summary>
    /// <param name="sizes">The full-run sizes.</param>
    /// <returns>The sizes to run.</returns>
    public static IEnumerable<int> Sizes(params int[] sizes) => IsOn ? [1_000] : sizes;
}
