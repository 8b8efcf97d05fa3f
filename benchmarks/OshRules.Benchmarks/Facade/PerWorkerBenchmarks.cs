using BenchmarkDotNet.Attributes;
using OshRules.Common;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>
/// The facade on one thread, per worker: <see cref="OshRuleSet.Evaluate"/> of the full rule set (one session, with
/// explanations) on each runtime, against the plain calculators of the four families for the same workers (baseline).
/// The workers are made beforehand, so neither side pays for generating them. Time and allocated bytes are per worker.
/// Targets: OshRules.Engine at least 5× faster than NRules (aiming at 8×), at most 3× the calculators.
/// Each benchmark runs in <see cref="SeveralLaunchesConfig.Launches"/> processes (<see cref="SeveralLaunchesConfig"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SeveralLaunchesConfig))]
[BenchmarkCategory("Facade")]
public class PerWorkerBenchmarks
{
    // The roster's cycles (sex every 2, pregnancy every 4, noise work every 5, in-service item every 13) repeat every 260
    // workers: every kind of worker in its share.
    private const int Workers = 260;

    private readonly EvaluationDate asOf = new(SyntheticWorker.AsOf);
    private OshRuleSet engine = null!;
    private OshRuleSet nrules = null!;
    private SyntheticWorker[] workers = [];
    private List<object>[] facts = [];

    /// <summary>Compiles the facade on both runtimes, makes the workers, and checks both runtimes conclude alike.</summary>
    /// <exception cref="InvalidOperationException">The runtimes draw different numbers of conclusions.</exception>
    [GlobalSetup]
    public void Setup()
    {
        engine = FullRuleSet.Facade(RuleRuntime.OshRulesEngine);
        nrules = FullRuleSet.Facade(RuleRuntime.NRules);
        workers = [.. SyntheticWorker.Roster(Workers)];
        facts = [.. workers.Select(w => w.Facts())];
        if (Evaluate(engine) != Evaluate(nrules))
        {
            throw new InvalidOperationException("OshRules.Engine and NRules draw different numbers of conclusions.");
        }
    }

    /// <summary>The plain calculators for each worker.</summary>
    /// <returns>The number of answers.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Workers)]
    public int Calculators()
    {
        var answers = 0;
        foreach (var worker in workers)
        {
            answers += worker.Calculate(asOf);
        }

        return answers;
    }

    /// <summary>The facade on OshRules.Engine.</summary>
    /// <returns>The number of conclusions.</returns>
    [Benchmark(OperationsPerInvoke = Workers)]
    public int OnOshRulesEngine() => Evaluate(engine);

    /// <summary>The facade on NRules' runtime.</summary>
    /// <returns>The number of conclusions.</returns>
    [Benchmark(OperationsPerInvoke = Workers)]
    public int OnNRules() => Evaluate(nrules);

    private int Evaluate(OshRuleSet rules)
    {
        var conclusions = 0;
        foreach (var workerFacts in facts)
        {
            conclusions += rules.Evaluate(SyntheticWorker.AsOf, workerFacts).Conclusions.Count;
        }

        return conclusions;
    }
}
