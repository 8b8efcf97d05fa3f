using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.HealthExams;

namespace OshRules.Benchmarks.HealthExams;

/// <summary>
/// Periodic and special exam due dates for a roster: the hand-written calculators (baseline) against the same
/// conclusions reached by the engine rules of the family.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BenchmarkCategory("HealthExams")]
public class HealthExamBenchmarks
{
    private static readonly SpecialHazard Noise = new(HazardCategory.Noise);

    private ISessionFactory factory = default!;
    private EvaluationDate asOf = default!;
    private Worker[] workers = [];
    private ExamRecord[] exams = [];
    private SpecialHazardAssignment[] assignments = [];
    private ILookup<string, ExamRecord> examsByWorker = default!;

    /// <summary>Workers in the roster.</summary>
    [Params(100, 10_000)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        // Only the two rules the baseline computes, so the ratio compares like with like.
        repository.Load(x => x.From(typeof(PeriodicGeneralExamDueRule).Assembly)
            .Where(r => r.IsTagged(Families.HealthExams) && (r.RuleType == typeof(PeriodicGeneralExamDueRule) || r.RuleType == typeof(SpecialExamDueRule))));
        factory = repository.Compile();

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

    [Benchmark]
    public int Engine()
    {
        var session = factory.CreateSession();
        session.Insert(asOf);
        session.Insert(HealthExamOptions.Default);
        session.InsertAll(workers);
        session.InsertAll(exams);
        session.InsertAll(assignments);
        session.Fire();
        return session.Query<PeriodicGeneralExamDue>().Count() + session.Query<SpecialExamDue>().Count();
    }
}
