using BenchmarkDotNet.Attributes;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.MaternalProtection;

namespace OshRules.Benchmarks.MaternalProtection;

/// <summary>Maternal risk assessment of many workers: the calculator (baseline) against the rules in one session, on each runtime.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("MaternalProtection")]
public class MaternalBenchmarks
{
    private static readonly EvaluationDate AsOf = new(new DateOnly(2025, 3, 1));
    private BothRuntimes runtimes = null!;
    private (MaternalStatus Status, MaternalHazardExposure[] Exposures)[] cases = [];
    private object[] facts = [];

    /// <summary>Number of workers in the protection period.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>100 and 1,000 workers; 100 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(100, 1000);

    /// <summary>Builds the roster (deterministic) and compiles the rules once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(MaternalRiskCalculator).Assembly).Where(r => r.IsTagged(Families.MaternalProtection)));
        runtimes = BothRuntimes.Compile(repository);

        var random = new Random(42);
        cases = Enumerable.Range(0, Workers).Select(i =>
        {
            var id = "W" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var status = i % 2 == 0
                ? new MaternalStatus(id, employerNotifiedOn: new(2025, 1, 10), pregnantSince: new(2024, 12, 1))
                : new MaternalStatus(id, employerNotifiedOn: new(2024, 6, 1), pregnantSince: new(2024, 4, 20), deliveredOn: new(2025, 1, 15));
            MaternalHazardExposure[] exposures =
            [
                new NoiseExposure(id, 70 + random.Next(0, 200) / 10.0),
                new BloodLeadLevel(id, random.Next(0, 150) / 10.0),
                new ChemicalExposure(id, airConcentration: random.Next(0, 100) / 100.0, permissibleExposureLimit: 1),
                new ManualHandling(id, random.Next(0, 300) / 10.0, HandlingMode.Intermittent),
            ];
            return (status, exposures);
        }).ToArray();
        facts = [AsOf, MaternalOptions.Default, .. cases.SelectMany(c => c.Exposures.Cast<object>().Prepend(c.Status))];

        runtimes.CheckAgree(Run, "maternal protection");
    }

    /// <summary>The calculator: one <see cref="MaternalRiskCalculator.Evaluate"/> per worker.</summary>
    /// <returns>The number of tier-3 workers.</returns>
    [Benchmark(Baseline = true)]
    public int Calculator()
    {
        var tier3 = 0;
        foreach (var (status, exposures) in cases)
        {
            if (MaternalRiskCalculator.Evaluate(status, exposures, AsOf, MaternalOptions.Default)?.OverallTier == RiskTier.Tier3)
            {
                tier3++;
            }
        }

        return tier3;
    }

    /// <summary>OshRules.Engine.</summary>
    /// <returns>The number of tier-3 workers.</returns>
    [Benchmark]
    public int OnOshRulesEngine() => Run(runtimes.Engine);

    /// <summary>NRules' runtime.</summary>
    /// <returns>The number of tier-3 workers.</returns>
    [Benchmark]
    public int OnNRules() => Run(runtimes.NRules);

    /// <summary>One session holding every worker's facts, on one runtime.</summary>
    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session.Facts<MaternalRiskAssessment>().Count(a => a.OverallTier == RiskTier.Tier3);
    }
}
