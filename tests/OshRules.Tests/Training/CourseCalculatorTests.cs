using OshRules.Training;
using static OshRules.Tests.Training.TrainingTestData;

namespace OshRules.Tests.Training;

public sealed class CourseCalculatorTests
{
    private static readonly DateOnly D = new(2026, 3, 2);

    [Fact, Trait("Rule", "EDU-1")]
    public void Course_is_passed_when_reading_hours_progress_test_and_questionnaire_all_hold()
    {
        var course = Chinese();
        var progress = Progress(course, ReadAll(D, course), Exam(D.AddDays(1), 90), Questionnaire(D.AddDays(2)));

        var status = CourseCalculator.Status(course, progress, AsOf(D.AddDays(5)));

        Assert.True(status.IsPassed);
        Assert.Equal(CourseConditions.All, status.Met);
        Assert.Equal(CourseConditions.None, status.Open);
        Assert.Equal(D.AddDays(2), status.PassedOn);
        Assert.Equal("W001", status.SubjectId);
        Assert.NotEmpty(status.Basis);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Status_names_the_questionnaire_as_the_only_open_condition_when_it_is_missing()
    {
        var course = Chinese();
        var progress = Progress(course, ReadAll(D, course), Exam(D, 85));

        var status = CourseCalculator.Status(course, progress, AsOf(D));

        Assert.False(status.IsPassed);
        Assert.Equal(CourseConditions.Questionnaire, status.Open);
        Assert.Null(status.PassedOn);
        Assert.Equal(0m, status.HoursEarned);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Reading_hours_short_of_the_requirement_stay_open_even_after_a_passed_test()
    {
        var course = Chinese(readingHours: 3m);
        var progress = Progress(course, ReadAll(D, course, hours: 2.5m), Exam(D, 100), Questionnaire(D));

        var status = CourseCalculator.Status(course, progress, AsOf(D));

        Assert.Equal(CourseConditions.ReadingHours, status.Open);
        Assert.False(status.IsPassed);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Reading_after_the_test_completes_the_hours_and_the_pass_dates_from_that_reading()
    {
        var course = Chinese(readingHours: 3m);
        var progress = Progress(course, ReadAll(D, course, hours: 1m), Exam(D, 100), Questionnaire(D), Read(D.AddDays(3), 2m));

        var status = CourseCalculator.Status(course, progress, AsOf(D.AddDays(3)));

        Assert.True(status.IsPassed);
        Assert.Equal(D.AddDays(3), status.PassedOn);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Nothing_done_leaves_all_four_conditions_open()
    {
        var course = Chinese();
        var status = CourseCalculator.Status(course, Progress(course), AsOf(D));

        Assert.Equal(CourseConditions.All, status.Open);
    }

    [Fact, Trait("Rule", "EDU-2")]
    public void Test_is_locked_while_one_node_is_unviewed()
    {
        var course = Chinese(nodes: 4);
        var progress = Progress(course, Read(D, 5m, 1, 2, 3));

        var status = CourseCalculator.Status(course, progress, AsOf(D));
        var retake = CourseCalculator.Retake(course, progress, AsOf(D));

        Assert.False(status.IsTestUnlocked);
        Assert.Equal(ExamState.Locked, retake.State);
        Assert.True(status.Met.HasFlag(CourseConditions.ReadingHours));
        Assert.False(status.Met.HasFlag(CourseConditions.ReadingProgress));
    }

    [Fact, Trait("Rule", "EDU-2")]
    public void Test_unlocks_once_the_last_node_is_viewed_even_before_the_reading_hours_are_reached()
    {
        var course = Chinese(readingHours: 3m, nodes: 4);
        var progress = Progress(course, Read(D, 0.5m, 1, 2, 3), Read(D.AddDays(1), 0.5m, 4, 1));

        var status = CourseCalculator.Status(course, progress, AsOf(D.AddDays(1)));

        Assert.True(status.IsTestUnlocked);
        Assert.Equal(CourseConditions.ReadingHours | CourseConditions.Test | CourseConditions.Questionnaire, status.Open);
    }

    [Theory, Trait("Rule", "EDU-3")]
    [InlineData(80, true)] // 至少80分以上: 80 passes
    [InlineData(79, false)] // one point below fails
    public void Score_of_80_passes_and_79_fails(int score, bool passed)
    {
        var course = Chinese();
        var progress = Progress(course, ReadAll(D, course), Exam(D, score));

        var retake = CourseCalculator.Retake(course, progress, AsOf(D));

        Assert.Equal(passed ? ExamState.Passed : ExamState.Open, retake.State);
        Assert.Equal(80, retake.PassMark);
        Assert.Contains(retake.Basis, c => c.Note is { } n && n.Contains("80", StringComparison.Ordinal));
    }

    [Fact, Trait("Rule", "EDU-4")]
    public void Chinese_course_allows_two_attempts_per_cycle()
    {
        var course = Chinese();
        var progress = Progress(course, ReadAll(D, course), Exam(D, 50));

        var retake = CourseCalculator.Retake(course, progress, AsOf(D));

        Assert.Equal(2, retake.AttemptLimit);
        Assert.Equal(1, retake.AttemptsUsed);
        Assert.Equal(1, retake.AttemptsLeft);
        Assert.Equal(50, retake.LastScore);
    }

    [Fact, Trait("Rule", "EDU-4")]
    public void Foreign_language_course_allows_three_attempts_per_cycle()
    {
        var course = Vietnamese();
        var progress = Progress(course, ReadAll(D, course), Exam(D, 50), Exam(D, 60));

        var retake = CourseCalculator.Retake(course, progress, AsOf(D));

        Assert.Equal(3, retake.AttemptLimit);
        Assert.Equal(2, retake.AttemptsUsed);
        Assert.Equal(1, retake.AttemptsLeft);
        Assert.Equal(ExamState.Open, retake.State);
        Assert.Equal(1, retake.Cycle);
    }

    [Fact, Trait("Rule", "EDU-4"), Trait("Rule", "EDU-5")]
    public void Second_Chinese_failure_clears_reading_and_locks_the_test()
    {
        var course = Chinese(readingHours: 3m, nodes: 4);
        var progress = Progress(course, ReadAll(D, course), Exam(D.AddDays(1), 70), Exam(D.AddDays(2), 79));

        var retake = CourseCalculator.Retake(course, progress, AsOf(D.AddDays(2)));
        var reset = CourseCalculator.ResetRequired(course, progress, AsOf(D.AddDays(2)));
        var status = CourseCalculator.Status(course, progress, AsOf(D.AddDays(2)));

        Assert.Equal(ExamState.Locked, retake.State);
        Assert.Equal(2, retake.Cycle);
        Assert.Equal(0, retake.AttemptsUsed);
        Assert.NotNull(reset);
        Assert.Equal(D.AddDays(2), reset.ResetOn);
        Assert.Equal(3m, reset.ReadingHoursStillNeeded);
        Assert.Equal(4, reset.NodesStillToView);
        Assert.Equal(CourseConditions.All, status.Open);
    }

    [Fact, Trait("Rule", "EDU-4"), Trait("Rule", "EDU-5")]
    public void Second_foreign_failure_leaves_one_attempt_and_the_third_clears_reading()
    {
        var course = Vietnamese();
        var afterTwo = Progress(course, ReadAll(D, course), Exam(D, 10), Exam(D, 20));
        var afterThree = Progress(course, ReadAll(D, course), Exam(D, 10), Exam(D, 20), Exam(D, 79));

        Assert.Null(CourseCalculator.ResetRequired(course, afterTwo, AsOf(D)));
        Assert.Equal(1, CourseCalculator.Retake(course, afterTwo, AsOf(D)).AttemptsLeft);
        var reset = CourseCalculator.ResetRequired(course, afterThree, AsOf(D));
        Assert.NotNull(reset);
        Assert.Equal(2, reset.Cycle);
    }

    [Theory, Trait("Rule", "EDU-4")]
    [InlineData(CourseLanguage.Chinese, 2)]
    [InlineData(CourseLanguage.English, 3)]
    [InlineData(CourseLanguage.Thai, 3)]
    public void Pass_on_the_last_attempt_of_the_cycle_passes_the_test(CourseLanguage language, int attempts)
    {
        var course = new Course("C", language, 2m, 3, 2m);
        var events = new List<LearningEvent> { ReadAll(D, course) };
        events.AddRange(Enumerable.Range(0, attempts - 1).Select(_ => Exam(D, 40)));
        events.Add(Exam(D, 80));
        events.Add(Questionnaire(D));

        var progress = new CourseProgress(Learner, "C", events);
        var retake = CourseCalculator.Retake(course, progress, AsOf(D));

        Assert.Equal(ExamState.Passed, retake.State);
        Assert.Equal(attempts, retake.AttemptsUsed);
        Assert.Equal(0, retake.AttemptsLeft);
        Assert.True(CourseCalculator.Status(course, progress, AsOf(D)).IsPassed);
        Assert.Null(CourseCalculator.ResetRequired(course, progress, AsOf(D)));
    }

    [Fact, Trait("Rule", "EDU-5")]
    public void Full_cycle_fail_reset_reread_and_pass()
    {
        var course = Chinese(readingHours: 2m, nodes: 3);
        var failed = new LearningEvent[]
        {
            ReadAll(D, course), Questionnaire(D), Exam(D.AddDays(1), 60), Exam(D.AddDays(1), 70),
        };
        var partlyReread = failed.Append(Read(D.AddDays(2), 2m, 1, 2)).ToArray();
        var reread = partlyReread.Append(Read(D.AddDays(3), 0m, 3)).ToArray();
        var passed = reread.Append(Exam(D.AddDays(3), 95)).ToArray();
        var asOf = AsOf(D.AddDays(3));

        // After the reset: locked, reading owed.
        var r1 = CourseCalculator.ResetRequired(course, Progress(course, failed), asOf);
        Assert.Equal((2m, 3), (r1!.ReadingHoursStillNeeded, r1.NodesStillToView));

        // Hours met again but one node left: still locked.
        var r2 = CourseCalculator.ResetRequired(course, Progress(course, partlyReread), asOf);
        Assert.Equal((0m, 1), (r2!.ReadingHoursStillNeeded, r2.NodesStillToView));
        Assert.Equal(ExamState.Locked, CourseCalculator.Retake(course, Progress(course, partlyReread), asOf).State);

        // Both met again: the test reopens with a fresh set of attempts.
        Assert.Null(CourseCalculator.ResetRequired(course, Progress(course, reread), asOf));
        var reopened = CourseCalculator.Retake(course, Progress(course, reread), asOf);
        Assert.Equal((ExamState.Open, 2, 0, 2), (reopened.State, reopened.Cycle, reopened.AttemptsUsed, reopened.AttemptsLeft));

        // Pass: the questionnaire of the first cycle still counts.
        var status = CourseCalculator.Status(course, Progress(course, passed), asOf);
        Assert.True(status.IsPassed);
        Assert.Equal(D.AddDays(3), status.PassedOn);
    }

    [Fact, Trait("Rule", "EDU-5")]
    public void After_a_reset_nodes_alone_do_not_reopen_the_test()
    {
        var course = Chinese(readingHours: 2m, nodes: 2);
        var progress = Progress(course, ReadAll(D, course), Exam(D, 1), Exam(D, 2), Read(D, 0.5m, 1, 2));

        var retake = CourseCalculator.Retake(course, progress, AsOf(D));

        Assert.Equal(ExamState.Locked, retake.State);
        Assert.Equal(1.5m, CourseCalculator.ResetRequired(course, progress, AsOf(D))!.ReadingHoursStillNeeded);
    }

    [Fact, Trait("Rule", "EDU-6")]
    public void Passed_course_earns_its_training_hours()
    {
        var course = Chinese(trainingHours: 1.5m);
        var progress = Progress(course, ReadAll(D, course), Exam(D, 88), Questionnaire(D));

        var status = CourseCalculator.Status(course, progress, AsOf(D));

        Assert.Equal(1.5m, status.HoursEarned);
        Assert.Contains(status.Basis, c => c.Note is { } n && n.Contains("學習履歷", StringComparison.Ordinal));
    }

    [Fact, Trait("Rule", "EDU-6")]
    public void Unpassed_course_earns_no_hours()
    {
        var course = Chinese(trainingHours: 3m);
        var progress = Progress(course, ReadAll(D, course), Exam(D, 88));

        Assert.Equal(0m, CourseCalculator.Status(course, progress, AsOf(D)).HoursEarned);
    }
}
