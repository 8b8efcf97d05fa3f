using BenchmarkDotNet.Attributes;
using NRules;

namespace OshRules.Benchmarks.Engine;

/// <summary>
/// Many small sessions, as a facade evaluating one case at a time makes them: create, insert a worker, two exposures and
/// sometimes an exam one by one, fire, query. Reported per session.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
public class EngineSmallSessionBenchmarks
{
    private const int Sessions = 1_000;
    private BothRuntimes runtimes = null!;

    /// <summary>Compiles the five rules on both runtimes, checked to agree over the sessions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        runtimes = EngineWorkload.Compile();
        runtimes.CheckAgree(factory => Run(factory), "small sessions");
    }

    /// <summary>NRules' runtime.</summary>
    /// <returns>Rules fired and flags made.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Sessions)]
    public int OnNRules() => Run(runtimes.NRules);

    /// <summary>OshRules.Engine.</summary>
    /// <returns>Rules fired and flags made.</returns>
    [Benchmark(OperationsPerInvoke = Sessions)]
    public int OnOshRulesEngine() => Run(runtimes.Engine);

    /// <summary>The sessions of <see cref="Sessions"/> cases on one runtime.</summary>
    /// <returns>Rules fired and flags made.</returns>
    internal static int Run(ISessionFactory factory, int sessions = Sessions)
    {
        int total = 0;
        for (int i = 0; i < sessions; i++)
        {
            ISession session = factory.CreateSession();
            session.Insert(new BenchWorker(i, 40 + (i % 30)));
            session.Insert(new BenchExposure(i, 3));
            session.Insert(new BenchExposure(i, 5));
            if (i % 2 == 0)
            {
                session.Insert(new BenchExam(i, 2025));
            }

            total += session.Fire();
            total += session.Facts<BenchFlag>().Count();
        }

        return total;
    }
}
