using System.Diagnostics;
using NRules;
using NRules.RuleModel;
using OshRules.Benchmarks.Engine;
using OshRules.Benchmarks.Facade;
using OshRules.Common;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Measure;

/// <summary>
/// The workloads of <c>--measure</c>, each run in a child process of its own: a warm-up of at least a second at a tenth
/// of the size (so tiered compilation has reached the optimised code), then timed runs, each after a full collection,
/// with a <see cref="Stopwatch"/> (wall time) and <see cref="Process.TotalProcessorTime"/> (CPU time of every thread of
/// the process, the collector's included: less sensitive than wall time to other processes on the machine).
/// </summary>
internal static class Workloads
{
    // Timed runs: at most five, fewer once they add up to this long (NRules' 20,000-worker session runs once).
    private const int MaxRuns = 5;
    private static readonly TimeSpan EnoughTimed = TimeSpan.FromSeconds(3);

    /// <summary>Runs one step and measures it.</summary>
    public static Measurement Run(Step step) => step.Workload switch
    {
        "compile" => Compile(step),
        "calculators" => PerWorker(step, (worker, _) => worker.Calculate(new EvaluationDate(SyntheticWorker.AsOf))),
        "facade" => Facade(step),
        "small-sessions" => SmallSessions(step),
        "session" => Session(step),
        _ => throw new ArgumentException($"Unknown workload '{step.Workload}'.", nameof(step)),
    };

    /// <summary>The five join rules of <see cref="EngineWorkload"/> on the step's runtime.</summary>
    private static ISessionFactory Factory(Step step)
    {
        var runtimes = EngineWorkload.Compile();
        return RuntimeOf(step) == RuleRuntime.NRules ? runtimes.NRules : runtimes.Engine;
    }

    private static RuleRuntime RuntimeOf(Step step) =>
        step.Runtime ?? throw new ArgumentException($"{step.Workload} runs on a runtime.", nameof(step));

    /// <summary>The OSH rules, loaded beforehand: the first compilation (cold), then the steady state.</summary>
    private static Measurement Compile(Step step)
    {
        var repository = FullRuleSet.Load();
        var runtime = RuntimeOf(step);
        var cold = Stopwatch.StartNew();
        _ = repository.Compile(runtime);
        cold.Stop();
        var rules = repository.GetRules().Count();
        return Timed(step, () => Compiled(repository, runtime, rules), () => Compiled(repository, runtime, rules)) with
        {
            ColdSeconds = cold.Elapsed.TotalSeconds,
        };
    }

    private static long Compiled(IRuleRepository repository, RuleRuntime runtime, int rules)
    {
        GC.KeepAlive(repository.Compile(runtime));
        return rules;
    }

    /// <summary>The facade on one thread, one <see cref="OshRuleSet.Evaluate"/> per worker.</summary>
    private static Measurement Facade(Step step)
    {
        var rules = FullRuleSet.Facade(RuntimeOf(step));
        return PerWorker(step, (_, facts) => rules.Evaluate(SyntheticWorker.AsOf, facts).Conclusions.Count);
    }

    /// <summary>n synthetic workers made beforehand (neither side pays for generating them), one at a time.</summary>
    private static Measurement PerWorker(Step step, Func<SyntheticWorker, List<object>, int> evaluate)
    {
        var workers = SyntheticWorker.Roster(step.N).Select(w => (Worker: w, Facts: w.Facts())).ToArray();
        long Over(int count)
        {
            long answers = 0;
            for (var i = 0; i < count; i++)
            {
                answers += evaluate(workers[i].Worker, workers[i].Facts);
            }

            return answers;
        }

        return Timed(step, () => Over(step.N / 10), () => Over(step.N));
    }

    /// <summary>One session of the five join rules holding n workers, n exposures and n/3 exams: InsertAll, then Fire.</summary>
    private static Measurement Session(Step step)
    {
        var factory = Factory(step);
        var warm = EngineWorkload.Facts(step.N / 10);
        var facts = EngineWorkload.Facts(step.N);
        return Timed(step, () => EngineWorkload.InsertAllAndFire(factory, warm), () => EngineWorkload.InsertAllAndFire(factory, facts));
    }

    /// <summary>n small sessions of the five join rules, as <see cref="EngineSmallSessionBenchmarks"/> makes them.</summary>
    private static Measurement SmallSessions(Step step)
    {
        var factory = Factory(step);
        return Timed(step, () => EngineSmallSessionBenchmarks.Run(factory, step.N / 10), () => EngineSmallSessionBenchmarks.Run(factory, step.N));
    }

    private static Measurement Timed(Step step, Func<long> warmUp, Func<long> run)
    {
        WarmUp.Run(() => warmUp());

        using var self = Process.GetCurrentProcess();
        var wall = new List<double>();
        var cpu = new List<double>();
        long allocated = 0, result = 0;
        var collections = new int[3];
        var paused = TimeSpan.Zero;
        var timed = TimeSpan.Zero;
        while (wall.Count < MaxRuns && timed < EnoughTimed)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var collectedBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var pausedBefore = GC.GetTotalPauseDuration();
            var sw = Stopwatch.StartNew();
            result = run();
            sw.Stop();
            paused += GC.GetTotalPauseDuration() - pausedBefore;
            for (var g = 0; g < 3; g++)
            {
                collections[g] += GC.CollectionCount(g) - collectedBefore[g];
            }

            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
            if (wall.Count == 0)
            {
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            }

            wall.Add(sw.Elapsed.TotalSeconds);
            timed += sw.Elapsed;
        }

        return new Measurement(step, Median(wall), Median(cpu), wall.Count, allocated, result)
        {
            Collections = [.. collections.Select(c => (double)c / wall.Count)],
            PauseSeconds = paused.TotalSeconds / wall.Count,
        };
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
