using BenchmarkDotNet.Attributes;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Training;

namespace OshRules.Benchmarks.Training;

/// <summary>
/// Course status, attempts and reset for many learners: the calculators (baseline) against the rules in one session, on each runtime.
/// Each learner has a Chinese course history with a failed cycle, a reset, a re-read and a pass.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Training")]
public class TrainingBenchmarks
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private readonly EvaluationDate asOf = new(Day.AddDays(10));
    private BothRuntimes runtimes = null!;
    private Course course = null!;
    private CourseProgress[] progress = [];

    /// <summary>Number of learners.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Learners { get; set; }

    /// <summary>10 and 1,000 learners; 10 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => QuickMode.Sizes(10, 1000);

    /// <summary>Builds the histories and compiles the rules once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(CourseStatusRule).Assembly).Where(r => r.IsTagged(Families.Training)));
        runtimes = BothRuntimes.Compile(repository);
        course = new Course("GEN-ZH-1", CourseLanguage.Chinese, 3m, 8, 3m);
        var all = Enumerable.Range(1, 8).ToArray();
        progress = Enumerable.Range(0, Learners).Select(i => new CourseProgress(
            $"W{i}", course.Id,
            [
                new ReadingSession(Day, 3m, all), new ExamAttempt(Day, 50), new ExamAttempt(Day.AddDays(1), 60),
                new ReadingSession(Day.AddDays(2), 3m, all), new ExamAttempt(Day.AddDays(2), 80 + (i % 20)),
                new QuestionnaireSubmitted(Day.AddDays(3)),
            ])).ToArray();

        runtimes.CheckAgree(Run, "course status");
    }

    /// <summary>The calculators: status, attempts and reset for each learner.</summary>
    /// <returns>The number of passed learners.</returns>
    [Benchmark(Baseline = true)]
    public int Calculator()
    {
        var passed = 0;
        foreach (var p in progress)
        {
            if (CourseCalculator.Status(course, p, asOf).IsPassed)
            {
                passed++;
            }

            _ = CourseCalculator.Retake(course, p, asOf);
            _ = CourseCalculator.ResetRequired(course, p, asOf);
        }

        return passed;
    }

    /// <summary>OshRules.Engine.</summary>
    /// <returns>The number of passed learners.</returns>
    [Benchmark]
    public int OnOshRulesEngine() => Run(runtimes.Engine);

    /// <summary>NRules' runtime.</summary>
    /// <returns>The number of passed learners.</returns>
    [Benchmark]
    public int OnNRules() => Run(runtimes.NRules);

    /// <summary>One session holding every learner, fired once, on one runtime.</summary>
    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.Insert(asOf);
        session.Insert(TrainingOptions.Default);
        session.Insert(course);
        session.InsertAll(progress);
        session.Fire();
        return session.Facts<CourseStatus>().Count(s => s.IsPassed);
    }
}
