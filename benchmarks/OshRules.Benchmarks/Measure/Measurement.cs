using System.Text.Json;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Measure;

/// <summary>The garbage collector a child process runs with.</summary>
internal enum GcMode
{
    /// <summary>The runtime's default: workstation GC with background (concurrent) collections.</summary>
    Concurrent,

    /// <summary>Workstation GC without background collections (<c>DOTNET_gcConcurrent=0</c>), as batch hosts set it.</summary>
    Batch,
}

/// <summary>One workload of the <c>--measure</c> plan: what, on which runtime (none: the calculators), how big, which GC.</summary>
internal sealed record Step(string Workload, RuleRuntime? Runtime, int N, GcMode Gc = GcMode.Concurrent)
{
    /// <summary>The runtime's name as the report prints it.</summary>
    public string RuntimeName => Runtime switch
    {
        RuleRuntime.OshRulesEngine => "OshRules.Engine",
        RuleRuntime.NRules => "NRules",
        _ => "calculators",
    };
}

/// <summary>One workload's figures, measured in a child process.</summary>
internal sealed record Measurement(Step Step, double WallSeconds, double CpuSeconds, int Runs, long AllocatedBytes, long Result)
{
    /// <summary>For compiling: the first compilation in the process, JIT included.</summary>
    public double? ColdSeconds { get; init; }

    public long PeakWorkingSet { get; init; }

    /// <summary>Collections per timed run that reached generation 0, 1 and 2 (a gen-2 collection counts in all three).</summary>
    public double[] Collections { get; init; } = [];

    /// <summary>The collector's pauses per timed run (GC.GetTotalPauseDuration).</summary>
    public double PauseSeconds { get; init; }

    public string LoadBefore { get; init; } = "?";

    public string LoadAfter { get; init; } = "?";

    public string Serialize() => JsonSerializer.Serialize(this);

    public static Measurement Parse(string json) =>
        JsonSerializer.Deserialize<Measurement>(json) ?? throw new FormatException("An empty measurement.");
}
