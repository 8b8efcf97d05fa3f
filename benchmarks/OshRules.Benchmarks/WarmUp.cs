using System.Diagnostics;

namespace OshRules.Benchmarks;

/// <summary>
/// Runs a workload until tiered compilation has had time to replace the first code with the optimised one, and the
/// collector to size its generations for the workload: at least twice and for at least a second. A job of few
/// iterations (<see cref="FewIterationsConfig"/>) warms up for one or two operations, which for an operation of a tenth
/// of a second measures the compiler's and the collector's progress as much as the code. Skipped under <c>--quick</c>.
/// </summary>
internal static class WarmUp
{
    /// <summary>The shortest warm-up.</summary>
    public static readonly TimeSpan AtLeast = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="workload"/> at least twice and for at least <see cref="AtLeast"/>.</summary>
    /// <param name="workload">The workload.</param>
    public static void Run(Action workload)
    {
        var warming = Stopwatch.StartNew();
        for (int i = 0; i < 2 || warming.Elapsed < AtLeast; i++)
        {
            workload();
        }
    }

    /// <summary>As <see cref="Run"/>, but not under <c>--quick</c>, whose dry job only proves that a benchmark runs.</summary>
    /// <param name="workload">The workload.</param>
    public static void UnlessQuick(Action workload)
    {
        if (!QuickMode.IsOn)
        {
            Run(workload);
        }
    }
}
