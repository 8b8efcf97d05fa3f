using System.Diagnostics;
using System.Globalization;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Measure;

/// <summary>
/// <c>--measure [--only workload]</c>: the workloads of the speed targets on both runtimes, each in a fresh child
/// process (so its peak working set and its JIT state are its own), printed as markdown with the ratios against the
/// targets (<see cref="MeasureReport"/>).
/// </summary>
internal static class MeasureRunner
{
    private const string ResultPrefix = "MEASURE|";

    // The one-thread facade over 20,000 workers takes 0.4 s on OshRules.Engine and 2–3 s on NRules at rest; the
    // 20,000-worker session about 10 s on NRules (nested-loop joins). NRules is not run at 200,000 workers: that session
    // would take hours. The large sessions also run with background collection off (as batch hosts run them), on
    // OshRules.Engine, for the 10× ratio both ways.
    private static readonly Step[] Plan =
    [
        new("compile", RuleRuntime.OshRulesEngine, 1), new("compile", RuleRuntime.NRules, 1),
        new("calculators", null, 20_000), new("facade", RuleRuntime.OshRulesEngine, 20_000), new("facade", RuleRuntime.NRules, 20_000),
        new("small-sessions", RuleRuntime.OshRulesEngine, 100_000), new("small-sessions", RuleRuntime.NRules, 100_000),
        new("session", RuleRuntime.OshRulesEngine, 20_000), new("session", RuleRuntime.NRules, 20_000),
        new("session", RuleRuntime.OshRulesEngine, 200_000),
        new("session", RuleRuntime.OshRulesEngine, 20_000, GcMode.Batch), new("session", RuleRuntime.OshRulesEngine, 200_000, GcMode.Batch),
    ];

    /// <summary>Runs every step of the plan (or those whose workload starts with <c>--only</c>'s value) and prints the report.</summary>
    public static int RunAll(string[] args)
    {
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var plan = only is null ? Plan : Plan.Where(p => p.Workload.StartsWith(only, StringComparison.Ordinal)).ToArray();
        var started = DateTime.UtcNow;
        var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
        var results = new List<Measurement>();
        foreach (var step in plan)
        {
            Console.Error.WriteLine($"[measure] {step.Workload} on {step.RuntimeName}, n = {step.N:N0}, {step.Gc} GC …");
            var m = RunChild(step);
            Console.Error.WriteLine($"[measure]   {m.WallSeconds:F3} s wall, {m.CpuSeconds:F3} s CPU ({m.Runs} runs), load {m.LoadBefore}→{m.LoadAfter}");
            results.Add(m);
        }

        Console.WriteLine(MeasureReport.Write(results, started, loadBefore, File.ReadAllText("/proc/loadavg").Trim()));
        return 0;
    }

    /// <summary>The child: runs one step and prints one result line.</summary>
    /// <param name="workload">The workload's name.</param>
    /// <param name="runtime">The runtime's enum name, or <c>calculators</c>.</param>
    /// <param name="n">The size.</param>
    public static int RunOne(string workload, string runtime, string n)
    {
        var load = LoadAverage();
        var gc = System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? GcMode.Batch : GcMode.Concurrent;
        RuleRuntime? onRuntime = Enum.TryParse<RuleRuntime>(runtime, out var r) ? r : null;
        var step = new Step(workload, onRuntime, int.Parse(n, CultureInfo.InvariantCulture), gc);
        var m = Workloads.Run(step);
        using var self = Process.GetCurrentProcess();
        m = m with { PeakWorkingSet = self.PeakWorkingSet64, LoadBefore = load, LoadAfter = LoadAverage() };
        Console.WriteLine(ResultPrefix + m.Serialize());
        return 0;
    }

    private static Measurement RunChild(Step step)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_gcConcurrent"] = step.Gc == GcMode.Batch ? "0" : "1";

        // Run as "dotnet OshRules.Benchmarks.dll" when started that way.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            info.ArgumentList.Add(typeof(MeasureRunner).Assembly.Location);
        }

        info.ArgumentList.Add("--measure-one");
        info.ArgumentList.Add(step.Workload);
        info.ArgumentList.Add(step.Runtime?.ToString() ?? "calculators");
        info.ArgumentList.Add(step.N.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{step}: no result (exit code {process.ExitCode}).");
        var m = Measurement.Parse(line[ResultPrefix.Length..]);
        return m.Step.Gc == step.Gc ? m : throw new InvalidOperationException($"{step}: the child ran with the {m.Step.Gc} GC.");
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
