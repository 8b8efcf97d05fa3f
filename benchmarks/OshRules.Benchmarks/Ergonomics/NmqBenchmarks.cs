using BenchmarkDotNet.Attributes;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Ergonomics;
using OshRules.Ergonomics.Rules;

namespace OshRules.Benchmarks.Ergonomics;

/// <summary>NMQ grading of a roster: the calculator (baseline) against the engine rules.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Ergonomics")]
public class NmqBenchmarks
{
    private static readonly EvaluationDate AsOf = new(new DateOnly(2026, 11, 23));
    private ISessionFactory factory = null!;
    private List<NmqQuestionnaire> questionnaires = [];
    private List<HealthRoomSignals> signals = [];

    /// <summary>Workers in the roster.</summary>
    [Params(100, 10_000)]
    public int Workers { get; set; }

    /// <summary>Builds a deterministic roster and compiles the rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NoHazardGradeRule).Assembly).Where(rule => rule.IsTagged(Families.Ergonomics)));
        factory = repository.Compile();

        var random = new Random(42);
        questionnaires = [];
        signals = [];
        for (var i = 0; i < Workers; i++)
        {
            var id = $"W{i:D6}";
            var continues = random.Next(4) != 0;
            questionnaires.Add(new NmqQuestionnaire(
                id,
                new DateOnly(2026, 4, 15),
                continues,
                continues ? true : null,
                continues ? SymptomDuration.SixMonths : null,
                continues ? BodyRegions.All.ToDictionary(r => r, _ => new RegionScore(random.Next(4), random.Next(4))) : null));
            if (random.Next(10) == 0)
            {
                signals.Add(new HealthRoomSignals(id) { DiagnosedDisease = random.Next(3) == 0, FrequentMedicalRequests = true });
            }
        }
    }

    /// <summary>The calculators: grades, then the next improvement of each.</summary>
    /// <returns>The number of tasks.</returns>
    [Benchmark(Baseline = true)]
    public int Calculator()
    {
        var tasks = 0;
        foreach (var grade in NmqCalculator.GradeAll(questionnaires, signals, AsOf))
        {
            if (NmqCalculator.NextImprovement(grade, null) is not null)
            {
                tasks++;
            }
        }

        return tasks;
    }

    /// <summary>The engine: one session holding the roster, fired once.</summary>
    /// <returns>The number of tasks.</returns>
    [Benchmark]
    public int Engine()
    {
        var session = factory.CreateSession();
        session.Insert(AsOf);
        session.InsertAll(questionnaires);
        session.InsertAll(signals);
        session.Fire();
        return session.Query<ImprovementTask>().Count();
    }
}
