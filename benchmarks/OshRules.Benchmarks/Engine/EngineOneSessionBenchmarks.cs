using BenchmarkDotNet.Attributes;
using NRules;

namespace OshRules.Benchmarks.Engine;

/// <summary>
/// One session holding n workers, n exposures and n/3 exams under the five join rules of
/// <see cref="EngineWorkload"/>: InsertAll, then Fire. NRules' runtime joins by nested loops and takes seconds here, hence
/// <see cref="FewIterationsConfig"/>. Target (issue 20): OshRules.Engine at least 100× faster than NRules at 20,000.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FewIterationsConfig))]
[BenchmarkCategory("Engine")]
public class EngineOneSessionBenchmarks
{
    private BothRuntimes runtimes = null!;
    private List<object> facts = null!;

    /// <summary>Workers in the session.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>20,000 workers; 1,000 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(20_000);

    /// <summary>Compiles the five rules on both runtimes and makes the facts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        runtimes = EngineWorkload.Compile();
        facts = EngineWorkload.Facts(Workers);
    }

    /// <summary>NRules' runtime.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark(Baseline = true)]
    public int OnNRules() => EngineWorkload.InsertAllAndFire(runtimes.NRules, facts);

    /// <summary>OshRules.Engine.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public int OnOshRulesEngine() => EngineWorkload.InsertAllAndFire(runtimes.Engine, facts);
}
