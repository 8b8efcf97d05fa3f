using BenchmarkDotNet.Attributes;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>
/// <see cref="OshRuleSet.EvaluateMany"/> on every core over a streamed synthetic roster touching all four families, on
/// each runtime, against the plain calculators of the four families called on one thread for the same workers
/// (baseline). Both sides include generating the workers.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FewIterationsConfig))]
[BenchmarkCategory("Facade")]
public class EvaluateManyBenchmarks
{
    private OshRuleSet engine = null!;
    private OshRuleSet nrules = null!;

    /// <summary>Workers in the roster; the cases are generated lazily, never held all at once.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>10,000 and 100,000 workers; 1,000 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(10_000, 100_000);

    /// <summary>Compiles the facade on both runtimes, on every core.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = OshRuleSet.Create(new OshRulesOptions { Runtime = RuleRuntime.OshRulesEngine });
        nrules = OshRuleSet.Create(new OshRulesOptions { Runtime = RuleRuntime.NRules });
    }

    /// <summary>The calculators of the four families, one worker at a time.</summary>
    /// <returns>The number of answers.</returns>
    [Benchmark(Baseline = true)]
    public long Calculators() => SyntheticWorker.CalculateAll(Workers);

    /// <summary>The facade on OshRules.Engine: one session per worker, batched over the cores, results streamed.</summary>
    /// <returns>The number of conclusions.</returns>
    [Benchmark]
    public long OnOshRulesEngine() => SyntheticWorker.EvaluateAll(engine, Workers);

    /// <summary>The facade on NRules' runtime, likewise.</summary>
    /// <returns>The number of conclusions.</returns>
    [Benchmark]
    public long OnNRules() => SyntheticWorker.EvaluateAll(nrules, Workers);
}
