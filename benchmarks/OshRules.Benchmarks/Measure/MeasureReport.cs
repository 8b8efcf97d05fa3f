using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Measure;

/// <summary>
/// The markdown report of <c>--measure</c>: every measurement, then each speed target with OshRules.Engine and what
/// it is compared with side by side, the ratio by wall time and by CPU time, and whether the target is met.
/// </summary>
internal static class MeasureReport
{
    /// <summary>Target: the facade on one thread, per worker, at least this many times faster on OshRules.Engine than on NRules.</summary>
    private const double FacadeVersusNRulesAtLeast = 5;

    /// <summary>Aim: the speed-up over NRules the facade aims at.</summary>
    private const double FacadeVersusNRulesAim = 8;

    /// <summary>Aim: the facade on OshRules.Engine at most this many times the bare calculators.</summary>
    private const double FacadeVersusCalculatorsAtMost = 3;

    /// <summary>Target: one session of 20,000 workers under the five join rules, at least this many times faster than NRules.</summary>
    private const double SessionVersusNRulesAtLeast = 100;

    /// <summary>Target: ten times the facts in one session in at most this many times the time.</summary>
    private const double TenTimesTheFactsAtMost = 20;

    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The report.</summary>
    public static string Write(IReadOnlyList<Measurement> results, DateTime started, string loadBefore, string loadAfter)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Ci, $"Measured {started:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}.");
        sb.AppendLine(Ci, $"Load average (1, 5, 15 min) before: {Fields(loadBefore)}; after: {Fields(loadAfter)}.");
        sb.AppendLine();
        sb.AppendLine("| Workload | Runtime | GC | n | Wall (median) | CPU (median) | Runs | Wall per item | Allocated per item | Collections per run (gen 0/1/2) | GC pauses per run | Peak working set | Load 1-min (before→after) |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var m in results)
        {
            var wall = m.ColdSeconds is { } cold ? $"{Time(m.WallSeconds)} (first: {Time(cold)})" : Time(m.WallSeconds);
            sb.AppendLine(Ci, $"| {m.Step.Workload} | {m.Step.RuntimeName} | {m.Step.Gc} | {m.Step.N:N0} | {wall} | {Time(m.CpuSeconds)} | {m.Runs} | {Time(m.WallSeconds / m.Step.N)} | {Bytes((double)m.AllocatedBytes / m.Step.N)} | {Counts(m.Collections)} | {Time(m.PauseSeconds)} | {m.PeakWorkingSet / (1 << 20):N0} MiB | {m.LoadBefore}→{m.LoadAfter} |");
        }

        sb.AppendLine();
        sb.AppendLine("| Target | OshRules.Engine | Compared with | Ratio, wall | Ratio, CPU | Target | Met? (wall / CPU) |");
        sb.AppendLine("|---|---|---|---:|---:|---|---|");
        Measurement? Find(string workload, RuleRuntime? runtime, int n, GcMode gc = GcMode.Concurrent) =>
            results.FirstOrDefault(r => r.Step == new Step(workload, runtime, n, gc));
        void Row(string what, Measurement? engine, Measurement? other, bool otherOverEngine, string target, double? limit, bool atLeast)
        {
            if (engine is null && other is null)
            {
                return;
            }

            if (engine is null || other is null)
            {
                sb.AppendLine(Ci, $"| {what} | {Figure(engine)} | {Figure(other)} | | | {target} | not run |");
                return;
            }

            double Ratio(Func<Measurement, double> of) => otherOverEngine ? of(other) / of(engine) : of(engine) / of(other);
            var wall = Ratio(m => m.WallSeconds);
            var cpu = Ratio(m => m.CpuSeconds);
            string Met(double r) => limit is not { } l ? "—" : (atLeast ? r >= l : r <= l) ? "yes" : "**no**";
            sb.AppendLine(Ci, $"| {what} | {Figure(engine)} | {Figure(other)} | {wall:N1}× | {cpu:N1}× | {target} | {Met(wall)} / {Met(cpu)} |");
        }

        foreach (var n in results.Where(r => r.Step.Workload == "facade").Select(r => r.Step.N).Distinct())
        {
            var engine = Find("facade", RuleRuntime.OshRulesEngine, n);
            Row($"Facade, one thread, per worker ({n:N0} workers): NRules / OshRules.Engine", engine, Find("facade", RuleRuntime.NRules, n), true,
                $"≥ {FacadeVersusNRulesAtLeast}× (aim: {FacadeVersusNRulesAim}×)", FacadeVersusNRulesAtLeast, true);
            Row("The same, against the aim", engine, Find("facade", RuleRuntime.NRules, n), true, $"≥ {FacadeVersusNRulesAim}×", FacadeVersusNRulesAim, true);
            Row($"Facade, one thread, per worker ({n:N0} workers): OshRules.Engine / calculators", engine, Find("calculators", null, n), false,
                $"≤ {FacadeVersusCalculatorsAtMost}×", FacadeVersusCalculatorsAtMost, false);
        }

        Row("One session, 20,000 workers, five join rules: NRules / OshRules.Engine", Find("session", RuleRuntime.OshRulesEngine, 20_000),
            Find("session", RuleRuntime.NRules, 20_000), true, $"≥ {SessionVersusNRulesAtLeast}×", SessionVersusNRulesAtLeast, true);
        foreach (var gc in new[] { GcMode.Concurrent, GcMode.Batch })
        {
            Row($"Ten times the facts (200,000 / 20,000 workers), OshRules.Engine, {gc} GC; NRules not run (hours: nested-loop joins)",
                Find("session", RuleRuntime.OshRulesEngine, 200_000, gc), Find("session", RuleRuntime.OshRulesEngine, 20_000, gc), false,
                $"≤ {TenTimesTheFactsAtMost}×", TenTimesTheFactsAtMost, false);
        }

        Row("Compiling the OSH rules (steady state): NRules / OshRules.Engine", Find("compile", RuleRuntime.OshRulesEngine, 1),
            Find("compile", RuleRuntime.NRules, 1), true, "reported", null, true);
        Row("Small sessions of the five join rules: NRules / OshRules.Engine", Find("small-sessions", RuleRuntime.OshRulesEngine, 100_000),
            Find("small-sessions", RuleRuntime.NRules, 100_000), true, "reported", null, true);
        return sb.ToString();
    }

    private static string Figure(Measurement? m) => m switch
    {
        null => "not run",
        { Step.N: 1 } => $"{m.Step.RuntimeName}: {Time(m.WallSeconds)}",
        _ => $"{m.Step.RuntimeName}: {Time(m.WallSeconds)} ({Time(m.WallSeconds / m.Step.N)} and {Bytes((double)m.AllocatedBytes / m.Step.N)} per item)",
    };

    private static string Fields(string loadavg) => string.Join(", ", loadavg.Split(' ').Take(3));

    private static string Time(double seconds) => seconds switch
    {
        >= 1 => string.Create(Ci, $"{seconds:N2} s"),
        >= 1e-3 => string.Create(Ci, $"{seconds * 1e3:N1} ms"),
        _ => string.Create(Ci, $"{seconds * 1e6:N2} µs"),
    };

    private static string Counts(double[] perGeneration) =>
        perGeneration.Length == 0 ? "?" : string.Join(" / ", perGeneration.Select(c => c.ToString("0.#", Ci)));

    private static string Bytes(double bytes) => bytes >= 1 << 20
        ? string.Create(Ci, $"{bytes / (1 << 20):N1} MiB")
        : bytes >= 1 << 10 ? string.Create(Ci, $"{bytes / (1 << 10):N1} KiB") : string.Create(Ci, $"{bytes:N0} B");
}
