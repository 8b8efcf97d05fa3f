using BenchmarkDotNet.Attributes;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>
/// <see cref="OshRuleSet.EvaluateMany"/> over a streamed synthetic roster touching all four families, against the plain
/// calculators of the four families called directly for the same workers (baseline). Issue 3: 1,000,000 workers in
/// under 15 s on 2 cores, under 1 GiB, under 5× the calculators.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Facade")]
public class EvaluateManyBenchmarks
{
    private OshRuleSet rules = null!;

    /// <summary>Workers in the roster; the cases are generated lazily, never held all at once.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>10k, 100k and 1M workers; 1,000 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(10_000, 100_000, 1_000_000);

    /// <summary>Compiles the default rule set (shared by the process).</summary>
    [GlobalSetup]
    public void Setup() => rules = OshRuleSet.CreateDefault();

    /// <summary>The calculators of the four families, one worker at a time.</summary>
    /// <returns>The number of answers.</returns>
    [Benchmark(Baseline = true)]
    public long Calculators() => SyntheticWorker.CalculateAll(Workers);

    /// <summary>The facade: one session per worker, batched over the cores, results streamed and counted.</summary>
    /// <returns>The number of conclusions.</returns>
    [Benchmark]
    public long EvaluateMany() => SyntheticWorker.EvaluateAll(rules, Workers);
}
