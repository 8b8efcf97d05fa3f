using BenchmarkDotNet.Attributes;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Ergonomics;
using OshRules.Ergonomics.Rules;

namespace OshRules.Benchmarks.Ergonomics;

/// <summary>NMQ grading of a roster: the calculator (baseline) against the rules in one session, on each runtime.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Ergonomics")]
public class NmqBenchmarks
{
    private static readonly EvaluationDate AsOf = new(new DateOnly(2026, 11, 23));
    private BothRuntimes runtimes = null!;
    private List<NmqQuestionnaire> questionnaires = [];
    private List<HealthRoomSignals> signals = [];

    /// <summary>Workers in the roster.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>100 and 10,000 workers; 100 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(100, 10_000);

    /// <summary>Builds a deterministic roster and compiles the rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NoHazardGradeRule).Assembly).Where(rule => rule.IsTagged(Families.Ergonomics)));
        runtimes = BothRuntimes.Compile(repository);

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

        runtimes.CheckAgree(Run, "NMQ");
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

    /// <summary>OshRules.Engine.</summary>
    /// <returns>The number of tasks.</returns>
    [Benchmark]
    public int OnOshRulesEngine() => Run(runtimes.Engine);

    /// <summary>NRules' runtime.</summary>
    /// <returns>The number of tasks.</returns>
    [Benchmark]
    public int OnNRules() => Run(runtimes.NRules);

    /// <summary>One session holding the roster, fired once, on one runtime.</summary>
    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.Insert(AsOf);
        session.InsertAll(questionnaires);
        session.InsertAll(signals);
        session.Fire();
        return session.Facts<ImprovementTask>().Count();
    }
}
