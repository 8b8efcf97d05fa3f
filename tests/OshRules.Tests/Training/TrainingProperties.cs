using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Law;
using OshRules.Training;

namespace OshRules.Tests.Training;

/// <summary>A random course with a random but valid history, built by following the platform's rules.</summary>
public sealed record CourseCase(Course Course, CourseProgress Progress, DateOnly AsOf)
{
    public override string ToString() =>
        $"{Course.Language} nodes={Course.NodeCount} hours={Course.RequiredReadingHours}: " +
        string.Join(", ", Progress.Events.Select(e => e switch
        {
            ReadingSession r => $"read({r.Hours};{string.Join('/', r.NodesViewed)})",
            ExamAttempt a => $"exam({a.Score})",
            _ => "questionnaire",
        }));
}

public sealed class TrainingProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(TrainingArbitraries)])]
    public bool Attempts_within_a_cycle_never_exceed_the_limit(CourseCase c)
    {
        var state = ExamAttemptReplay.Replay(c.Course, c.Progress, c.AsOf);
        var limit = c.Course.IsForeignLanguage ? 3 : 2;
        return state.AttemptLimit == limit && state.AttemptsUsed >= 0 && state.AttemptsUsed <= limit
            && (state.IsTestPassed || state.AttemptsUsed < limit);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TrainingArbitraries)])]
    public bool A_course_is_passed_only_if_all_four_conditions_hold(CourseCase c)
    {
        var status = CourseCalculator.Status(c.Course, c.Progress, new Common.EvaluationDate(c.AsOf));
        var state = ExamAttemptReplay.Replay(c.Course, c.Progress, c.AsOf);
        var allFour = state.ReadingHours >= c.Course.RequiredReadingHours
            && state.NodesViewed == c.Course.NodeCount
            && c.Progress.Events.OfType<ExamAttempt>().Any(a => a.Score >= 80)
            && c.Progress.Events.OfType<QuestionnaireSubmitted>().Any();
        return status.IsPassed == allFour
            && (status.IsPassed ? status.HoursEarned == c.Course.TrainingHours : status.HoursEarned == 0m)
            && (status.Open == CourseConditions.None) == status.IsPassed;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(TrainingArbitraries)])]
    public bool Replaying_the_same_history_gives_the_same_state(CourseCase c)
    {
        var copy = new CourseProgress(c.Progress.WorkerId, c.Progress.CourseId, c.Progress.Events.ToArray());
        return ExamAttemptReplay.Replay(c.Course, c.Progress, c.AsOf) == ExamAttemptReplay.Replay(c.Course, copy, c.AsOf);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TrainingArbitraries)])]
    public bool Resets_happen_exactly_when_a_cycle_of_attempts_all_fail(CourseCase c)
    {
        var state = ExamAttemptReplay.Replay(c.Course, c.Progress, c.AsOf);
        var failures = c.Progress.Events.OfType<ExamAttempt>().Count(a => a.Score < 80);
        return state.ResetCount == failures / state.AttemptLimit && state.Cycle == state.ResetCount + 1;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TrainingArbitraries)])]
    public bool Record_window_starts_and_ends_on_working_days_three_and_four_after_the_pass(DateOnly passed)
    {
        var from = OshCardCalculator.WorkingDaysAfter(passed, 3, WeekendsOnlyCalendar.Instance);
        var by = OshCardCalculator.WorkingDaysAfter(passed, 4, WeekendsOnlyCalendar.Instance);
        var span = from.DayNumber - passed.DayNumber;
        return WeekendsOnlyCalendar.Instance.IsWorkingDay(from) && WeekendsOnlyCalendar.Instance.IsWorkingDay(by)
            && from < by && span is >= 3 and <= 5;
    }
}

public sealed class TrainingArbitrariesCoverage
{
    [Fact]
    public void Generated_histories_include_passes_resets_and_open_tests()
    {
        // Keeps the properties above honest: the generator must reach every interesting state.
        var cases = TrainingArbitraries.Cases().Generator.Sample(300);
        var states = cases.Select(c => ExamAttemptReplay.Replay(c.Course, c.Progress, c.AsOf)).ToList();

        Assert.Contains(states, s => s.IsPassed);
        Assert.Contains(states, s => s.ResetCount > 0);
        Assert.Contains(states, s => s.ResetCount > 0 && s.IsTestPassed);
        Assert.Contains(states, s => s.IsTestUnlocked);
        Assert.Contains(states, s => s.AwaitingReread);
    }
}

public static class TrainingArbitraries
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    public static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(0, 3650).Select(d => Start.AddDays(d)).ToArbitrary();

    public static Arbitrary<CourseCase> Cases() => CaseGen().ToArbitrary();

    private static Gen<CourseCase> CaseGen() =>
        from language in Gen.Elements(CourseLanguage.Chinese, CourseLanguage.English, CourseLanguage.Vietnamese)
        from nodes in Gen.Choose(1, 5)
        from halfHours in Gen.Choose(0, 6)
        from steps in Gen.Choose(0, 30)
        from seed in Gen.Choose(0, int.MaxValue)
        select Build(language, nodes, halfHours / 2m, steps, seed);

    /// <summary>Turns random numbers into a valid history: an attempt is only made while the test is open.</summary>
    private static CourseCase Build(CourseLanguage language, int nodes, decimal hours, int steps, int seed)
    {
        var course = new Course("C", language, hours, nodes, 2m);
        var rng = new Random(seed);
        var events = new List<LearningEvent>();
        var day = Start;
        for (var i = 0; i < steps; i++)
        {
            var step = rng.Next(0, 100);
            day = day.AddDays(rng.Next(0, 3));
            var state = ExamAttemptReplay.Replay(course, new CourseProgress("W", "C", events), day);
            if (step < 45 || (!state.IsTestUnlocked && step < 90))
            {
                var viewed = Enumerable.Range(1, nodes).Where(_ => rng.Next(2) == 0);
                events.Add(new ReadingSession(day, rng.Next(0, 5) / 2m, viewed));
            }
            else if (step < 90 && state.IsTestUnlocked)
            {
                events.Add(new ExamAttempt(day, rng.Next(0, 4) == 0 ? 80 + rng.Next(0, 21) : rng.Next(0, 81)));
            }
            else
            {
                events.Add(new QuestionnaireSubmitted(day));
            }
        }

        return new CourseCase(course, new CourseProgress("W", "C", events), day);
    }
}
