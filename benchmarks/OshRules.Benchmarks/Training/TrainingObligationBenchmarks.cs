using BenchmarkDotNet.Attributes;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Training;

namespace OshRules.Benchmarks.Training;

/// <summary>General and in-service training obligations (EDU-9) for a roster: calculators (baseline) against the engine.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Training")]
public class TrainingObligationBenchmarks
{
    private readonly EvaluationDate asOf = new(new DateOnly(2026, 6, 1));
    private ISessionFactory factory = null!;
    private TrainingProfile[] profiles = [];
    private ILookup<string, TrainingRecord> recordsByWorker = null!;
    private TrainingRecord[] records = [];

    /// <summary>Number of workers.</summary>
    [Params(100, 1000)]
    public int Workers { get; set; }

    /// <summary>Builds the roster (four records a worker) and compiles the rules once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(InServiceTrainingDueRule).Assembly).Where(r => r.IsTagged(Families.Training)));
        factory = repository.Compile();
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

    /// <summary>The engine: one session for the roster, fired once.</summary>
    /// <returns>The number of overdue obligations.</returns>
    [Benchmark]
    public int Engine()
    {
        var session = factory.CreateSession();
        session.Insert(asOf);
        session.Insert(TrainingOptions.Default);
        session.InsertAll(profiles);
        session.InsertAll(records);
        session.Fire();
        return session.Query<TrainingDue>().Count(d => d.Status == TrainingDueStatus.Overdue);
    }
}
