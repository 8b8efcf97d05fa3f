using BenchmarkDotNet.Attributes;
using NRules;

namespace OshRules.Benchmarks.Engine;

/// <summary>
/// Many small sessions, as a facade evaluating one worker at a time does: create, insert a worker, two exposures and
/// sometimes an exam, fire, query. Reported per 1,000 sessions.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
public class EngineSmallSessionBenchmarks
{
    private const int Sessions = 1_000;
    private ISessionFactory _factory = null!;

    [GlobalSetup]
    public void Setup() => _factory = EngineWorkload.Compile();

    [Benchmark(Baseline = true, OperationsPerInvoke = Sessions)]
    public int HandWritten()
    {
        int total = 0;
        for (int i = 0; i < Sessions; i++)
        {
            total += EngineWorkload.ByHand(Case(i));
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Sessions)]
    public int Engine()
    {
        int total = 0;
        for (int i = 0; i < Sessions; i++)
        {
            ISession session = _factory.CreateSession();
            foreach (object fact in Case(i))
            {
                session.Insert(fact);
            }

            total += session.Fire();
            total += session.Query<BenchFlag>().Count();
        }

        return total;
    }

    private static List<object> Case(int i)
    {
        List<object> facts = [new BenchWorker(i, 40 + (i % 30)), new BenchExposure(i, 3), new BenchExposure(i, 5)];
        if (i % 2 == 0)
        {
            facts.Add(new BenchExam(i, 2025));
        }

        return facts;
    }
}
