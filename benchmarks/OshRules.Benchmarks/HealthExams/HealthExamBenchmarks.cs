using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.HealthExams;

namespace OshRules.Benchmarks.HealthExams;

/// <summary>
/// Periodic and special exam due dates for a roster: the hand-written calculators (baseline) against the same
/// conclusions reached by the rules of the family in one session, on each runtime.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BenchmarkCategory("HealthExams")]
public class HealthExamBenchmarks
{
    private static readonly SpecialHazard Noise = new(HazardCategory.Noise);

    private BothRuntimes runtimes = null!;
    private EvaluationDate asOf = default!;
    private Worker[] workers = [];
    private ExamRecord[] exams = [];
    private SpecialHazardAssignment[] assignments = [];
    private ILookup<string, ExamRecord> examsByWorker = default!;

    /// <summary>Workers in the roster.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Workers { get; set; }

    /// <summary>100 and 10,000 workers; 100 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(100, 10_000);

    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        // Only the two rules the baseline computes, so the ratio compares like with like.
        repository.Load(x => x.From(typeof(PeriodicGeneralExamDueRule).Assembly)
            .Where(r => r.IsTagged(Families.HealthExams) && (r.RuleType == typeof(PeriodicGeneralExamDueRule) || r.RuleType == typeof(SpecialExamDueRule))));
        runtimes = BothRuntimes.Compile(repository);

        asOf = new EvaluationDate(new DateOnly(2026, 11, 23));
        var random = new Random(20261123);
        workers = new Worker[Workers];
        var examList = new List<ExamRecord>();
        var workList = new List<SpecialHazardAssignment>();
        for (var i = 0; i < Workers; i++)
        {
            var id = $"W{i}";
            var birth = asOf.Date.AddDays(-random.Next(365 * 18, 365 * 70));
            workers[i] = new Worker(id, birth, Sex.Male, asOf.Date.AddDays(-random.Next(0, 365 * 10)));
            examList.Add(new ExamRecord(id, ExamKind.PeriodicGeneral, asOf.Date.AddDays(-random.Next(0, 365 * 6))));
            if (i % 5 == 0)
            {
                workList.Add(new SpecialHazardAssignment(id, Noise, asOf.Date.AddDays(-random.Next(0, 365 * 3))));
                examList.Add(new ExamRecord(id, ExamKind.SpecialPeriodic, asOf.Date.AddDays(-random.Next(0, 400)), Noise));
            }
        }

        exams = [.. examList];
        assignments = [.. workList];
        examsByWorker = exams.ToLookup(e => e.WorkerId, StringComparer.Ordinal);

        runtimes.CheckAgree(Run, "health exams");
    }

    [Benchmark(Baseline = true)]
    public int Calculator()
    {
        var count = 0;
        foreach (var worker in workers)
        {
            _ = HealthExamCalculator.NextPeriodicGeneralExam(worker, examsByWorker[worker.Id], asOf, HealthExamOptions.Default);
            count++;
        }

        foreach (var assignment in assignments)
        {
            var worker = workers[int.Parse(assignment.WorkerId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)];
            _ = HealthExamCalculator.NextSpecialExam(worker, assignment, examsByWorker[worker.Id], asOf, HealthExamOptions.Default);
            count++;
        }

        return count;
    }

    /// <summary>OshRules.Engine.</summary>
    /// <returns>How many exam due dates were concluded.</returns>
    [Benchmark]
    public int OnOshRulesEngine() => Run(runtimes.Engine);

    /// <summary>NRules' runtime.</summary>
    /// <returns>How many exam due dates were concluded.</returns>
    [Benchmark]
    public int OnNRules() => Run(runtimes.NRules);

    /// <summary>One session holding the roster, fired once, on one runtime.</summary>
    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.Insert(asOf);
        session.Insert(HealthExamOptions.Default);
        session.InsertAll(workers);
        session.InsertAll(exams);
        session.InsertAll(assignments);
        session.Fire();
        return session.Facts<PeriodicGeneralExamDue>().Count() + session.Facts<SpecialExamDue>().Count();
    }
}
