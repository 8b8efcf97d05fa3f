using BenchmarkDotNet.Attributes;
using NRules;

namespace OshRules.Benchmarks.Engine;

/// <summary>One session holding n workers, n exposures and n/3 exams under five join rules: must scale linearly.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
public class EngineOneSessionBenchmarks
{
    private ISessionFactory _factory = null!;
    private List<object> _facts = null!;

    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>10k, 100k and 1M workers; 1,000 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(10_000, 100_000, 1_000_000);

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineWorkload.Compile();
        _facts = EngineWorkload.Facts(Workers);
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenHashJoins() => EngineWorkload.ByHand(_facts);

    [Benchmark]
    public int EngineInsertAllAndFire()
    {
        ISession session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
