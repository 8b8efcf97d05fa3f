using BenchmarkDotNet.Attributes;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Training;

namespace OshRules.Benchmarks.Training;

/// <summary>General and in-service training obligations (EDU-9) for a roster: calculators (baseline) against the rules, on each runtime.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Training")]
public class TrainingObligationBenchmarks
{
    private readonly EvaluationDate asOf = new(new DateOnly(2026, 6, 1));
    private BothRuntimes runtimes = null!;
    private TrainingProfile[] profiles = [];
    private ILookup<string, TrainingRecord> recordsByWorker = null!;
    private TrainingRecord[] records = [];

    /// <summary>Number of workers.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>100 and 1,000 workers; 100 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(100, 1000);

    /// <summary>Builds the roster (four records a worker) and compiles the rules once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(InServiceTrainingDueRule).Assembly).Where(r => r.IsTagged(Families.Training)));
        runtimes = BothRuntimes.Compile(repository);
        var hired = new DateOnly(2020, 2, 3);
        profiles = Enumerable.Range(0, Workers)
            .Select(i => new TrainingProfile($"W{i}", (InServiceItem)(1 + (i % 13)), hired.AddDays(i % 400)))
            .ToArray();
        records = profiles.SelectMany(p => new[]
        {
            new TrainingRecord(p.WorkerId, p.AssignedOn, 3m, TrainingPurpose.GeneralOnHireOrChange, TrainingDelivery.InPerson),
            new TrainingRecord(p.WorkerId, p.AssignedOn.AddDays(500), 3m, TrainingPurpose.InService, TrainingDelivery.InPerson),
            new TrainingRecord(p.WorkerId, p.AssignedOn.AddDays(900), 3m, TrainingPurpose.InService, TrainingDelivery.DesignatedElearning),
            new TrainingRecord(p.WorkerId, p.AssignedOn.AddDays(1500), 2m, TrainingPurpose.InService, TrainingDelivery.InPerson),
        }).ToArray();
        recordsByWorker = records.ToLookup(r => r.WorkerId, StringComparer.Ordinal);

        runtimes.CheckAgree(Run, "training obligations");
    }

    /// <summary>The calculators, one worker at a time.</summary>
    /// <returns>The number of overdue obligations.</returns>
    [Benchmark(Baseline = true)]
    public int Calculator()
    {
        var overdue = 0;
        foreach (var p in profiles)
        {
            var own = recordsByWorker[p.WorkerId];
            overdue += TrainingObligationCalculator.GeneralTraining(p, own, asOf).Status == TrainingDueStatus.Overdue ? 1 : 0;
            overdue += TrainingObligationCalculator.InService(p, own, asOf).Status == TrainingDueStatus.Overdue ? 1 : 0;
        }

        return overdue;
    }

    /// <summary>OshRules.Engine.</summary>
    /// <returns>The number of overdue obligations.</returns>
    [Benchmark]
    public int OnOshRulesEngine() => Run(runtimes.Engine);

    /// <summary>NRules' runtime.</summary>
    /// <returns>The number of overdue obligations.</returns>
    [Benchmark]
    public int OnNRules() => Run(runtimes.NRules);

    /// <summary>One session for the roster, fired once, on one runtime.</summary>
    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.Insert(asOf);
        session.Insert(TrainingOptions.Default);
        session.InsertAll(profiles);
        session.InsertAll(records);
        session.Fire();
        return session.Facts<TrainingDue>().Count(d => d.Status == TrainingDueStatus.Overdue);
    }
}
