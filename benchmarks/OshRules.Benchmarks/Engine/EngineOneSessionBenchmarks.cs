using BenchmarkDotNet.Attributes;
using NRules;

namespace OshRules.Benchmarks.Engine;

/// <summary>
/// One session holding n workers, n exposures and n/3 exams under the five join rules of
/// <see cref="EngineWorkload"/>: InsertAll, then Fire. NRules' runtime joins by nested loops and takes seconds here, hence
/// <see cref="FewIterationsConfig"/>, with each runtime first warmed up on the session itself (see <see cref="WarmUp"/>:
/// BenchmarkDotNet's one warm-up operation would leave OshRules.Engine's code half compiled and its collector untuned).
/// Target: OshRules.Engine at least 100× faster than NRules at 20,000.
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

    /// <summary>Compiles the five rules on both runtimes, makes the facts and warms NRules' runtime up.</summary>
    [GlobalSetup(Target = nameof(OnNRules))]
    public void SetupNRules() => Setup(r => r.NRules);

    /// <summary>Compiles the five rules on both runtimes, makes the facts and warms OshRules.Engine up.</summary>
    [GlobalSetup(Target = nameof(OnOshRulesEngine))]
    public void SetupEngine() => Setup(r => r.Engine);

    private void Setup(Func<BothRuntimes, ISessionFactory> measured)
    {
        runtimes = EngineWorkload.Compile();
        facts = EngineWorkload.Facts(Workers);
        WarmUp.UnlessQuick(() => EngineWorkload.InsertAllAndFire(measured(runtimes), facts));
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
