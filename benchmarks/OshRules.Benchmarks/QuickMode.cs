namespace OshRules.Benchmarks;

/// <summary>
/// <c>--quick</c>: the parameter sizes shrink to the smallest of them, at most 1,000, so a smoke run over everything
/// stays short. Carried to the benchmark child processes through an environment variable.
/// </summary>
public static class QuickMode
{
    private const string Variable = "OSHRULES_BENCH_QUICK";

    /// <summary>Whether the smoke mode is on.</summary>
    public static bool IsOn => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Turns the smoke mode on for this process and the ones it starts.</summary>
    public static void Enable() => Environment.SetEnvironmentVariable(Variable, "1");

    /// <summary>The given sizes, or in smoke mode the smallest of them, at most 1,000.</summary>
    /// <param name="sizes">The full-run sizes.</param>
    /// <returns>The sizes to run.</returns>
    public static IEnumerable<int> Sizes(params int[] sizes) => IsOn ? [Math.Min(1_000, sizes.Min())] : sizes;
}
