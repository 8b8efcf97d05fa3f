using BenchmarkDotNet.Attributes;
using NRules;

namespace OshRules.Benchmarks.Engine;

/// <summary>
/// The session of <see cref="EngineOneSessionBenchmarks"/> on OshRules.Engine with n workers (baseline) and with 10n, so
/// the Ratio column is the growth for ten times the facts. Target: at most 20× the time.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
[EngineOnly("NRules' runtime joins by nested loops: ten times the facts is about a hundred times its 20,000-worker session, hours per operation.")]
public class EngineScalingBenchmarks
{
    private ISessionFactory factory = null!;
    private List<object> facts = null!;
    private List<object> tenTimes = null!;

    /// <summary>Workers in the smaller session.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>20,000 workers (and 200,000); 1,000 (and 10,000) under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(20_000);

    /// <summary>Compiles the five rules, makes both sets of facts and warms the runtime up on the smaller.</summary>
    [GlobalSetup]
    public void Setup()
    {
        factory = EngineWorkload.Compile().Engine;
        facts = EngineWorkload.Facts(Workers);
        tenTimes = EngineWorkload.Facts(10 * Workers);
        WarmUp.UnlessQuick(() => EngineWorkload.InsertAllAndFire(factory, facts));
    }

    /// <summary>n workers.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark(Baseline = true)]
    public int OnOshRulesEngine() => EngineWorkload.InsertAllAndFire(factory, facts);

    /// <summary>10n workers.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public int TenTimesTheFacts() => EngineWorkload.InsertAllAndFire(factory, tenTimes);
}
