using OshRules.Law;
using OshRules.Training;
using static OshRules.Tests.Training.TrainingTestData;

namespace OshRules.Tests.Training;

public sealed class TrainingValidationTests
{
    private static readonly DateOnly D = new(2026, 3, 2);

    [Theory, Trait("Rule", "EDU-3")]
    [InlineData(-1)]
    [InlineData(101)]
    public void Score_outside_0_to_100_is_rejected(int score)
    {
        var ex = Assert.Throws<OshValidationException>(() => new ExamAttempt(D, score));

        Assert.Equal($"ExamAttempt.Score: must be between 0 and 100 (was {score}) (rule EDU-3).", ex.Message);
        Assert.Equal("ExamAttempt.Score", ex.Field);
    }

    [Theory, Trait("Rule", "EDU-3")]
    [InlineData(0)]
    [InlineData(100)]
    public void Scores_0_and_100_are_accepted(int score) => Assert.Equal(score, new ExamAttempt(D, score).Score);

    [Fact, Trait("Rule", "EDU-2")]
    public void Attempt_before_every_node_was_viewed_is_rejected()
    {
        var course = Chinese(nodes: 3);
        var progress = Progress(course, Read(D, 5m, 1, 2), Exam(D, 90));

        var ex = Assert.Throws<OshValidationException>(() => CourseCalculator.Status(course, progress, AsOf(D)));

        Assert.Equal("ExamAttempt: an attempt was made before every node of the course was viewed (rule EDU-2).", ex.Message);
        Assert.Equal("ExamAttempt", ex.Field);
    }

    [Fact, Trait("Rule", "EDU-5")]
    public void Attempt_after_the_attempts_ran_out_and_before_rereading_is_rejected()
    {
        var course = Chinese(nodes: 2);
        var progress = Progress(course, ReadAll(D, course), Exam(D, 10), Exam(D, 20), Exam(D, 90));

        var ex = Assert.Throws<OshValidationException>(() => ExamAttemptReplay.Replay(course, progress, D));

        Assert.Equal(
            "ExamAttempt: an attempt was made after the attempts of a cycle were used up and before reading hours and progress were met again (rule EDU-5).",
            ex.Message);
    }

    [Fact, Trait("Rule", "EDU-3")]
    public void Attempt_after_a_pass_is_rejected()
    {
        var course = Chinese();
        var progress = Progress(course, ReadAll(D, course), Exam(D, 80), Exam(D, 90));

        var ex = Assert.Throws<OshValidationException>(() => ExamAttemptReplay.Replay(course, progress, D));

        Assert.Equal("ExamAttempt: an attempt was made after the test was passed (rule EDU-3).", ex.Message);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Negative_reading_hours_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => new ReadingSession(D, -0.5m, [1]));

        Assert.Equal("ReadingSession.Hours: must not be negative (was -0.5) (rule EDU-1).", ex.Message);
        Assert.Equal("ReadingSession.Hours", ex.Field);
    }

    [Fact, Trait("Rule", "EDU-6")]
    public void Negative_course_training_hours_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => new Course("C", CourseLanguage.Chinese, 1m, 1, -3m));

        Assert.Equal("Course.TrainingHours: must not be negative (was -3) (rule EDU-6).", ex.Message);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void Negative_training_record_hours_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            new TrainingRecord("W1", D, -1m, TrainingPurpose.InService, TrainingDelivery.InPerson));

        Assert.Equal("TrainingRecord.Hours: must not be negative (was -1) (rule EDU-9).", ex.Message);
    }

    [Theory, Trait("Rule", "EDU-9")]
    [InlineData(14)] // the 110.07.07 text of §18 I has 13 items
    [InlineData(0)]
    public void Unknown_article_18_item_is_rejected(int number)
    {
        var ex = Assert.Throws<OshValidationException>(() => TrainingObligationCalculator.ParseItem(number));
        var ex2 = Assert.Throws<OshValidationException>(() => new TrainingProfile("W1", (InServiceItem)number, D));

        Assert.Equal("InServiceItem: is not an item of §18 I (1–13) (rule EDU-9).", ex.Message);
        Assert.Equal("TrainingProfile.Item: is not an item of §18 I (1–13) (rule EDU-9).", ex2.Message);
    }

    [Theory, Trait("Rule", "EDU-9")]
    [InlineData(13, InServiceItem.GeneralWorker)]
    [InlineData(1, InServiceItem.OshSupervisor)]
    public void Known_article_18_items_parse(int number, InServiceItem item) =>
        Assert.Equal(item, TrainingObligationCalculator.ParseItem(number));

    [Fact, Trait("Rule", "EDU-2")]
    public void Node_beyond_the_course_is_rejected()
    {
        var course = Chinese(nodes: 3);
        var progress = Progress(course, Read(D, 1m, 4));

        var ex = Assert.Throws<OshValidationException>(() => ExamAttemptReplay.Replay(course, progress, D));

        Assert.Equal("ReadingSession.NodesViewed: node 4 is beyond the course's 3 nodes (rule EDU-2).", ex.Message);
    }

    [Fact, Trait("Rule", "EDU-5")]
    public void Events_out_of_order_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            new CourseProgress("W1", "C", [Questionnaire(D), Questionnaire(D.AddDays(-1))]));

        Assert.Equal("CourseProgress.Events: must be in the order they happened (a date goes backwards) (rule EDU-5).", ex.Message);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Event_after_the_evaluation_date_is_rejected()
    {
        var course = Chinese();
        var progress = Progress(course, Questionnaire(D.AddDays(1)));

        var ex = Assert.Throws<OshValidationException>(() => ExamAttemptReplay.Replay(course, progress, D));

        Assert.Equal("LearningEvent.Date: must not be after the evaluation date (rule EDU-1).", ex.Message);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Progress_of_another_course_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            ExamAttemptReplay.Replay(Chinese(), new CourseProgress("W1", "OTHER", []), D));

        Assert.Equal("CourseProgress.CourseId: does not match the course (rule EDU-1).", ex.Message);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Messages_and_descriptions_never_carry_the_learner_key()
    {
        var progress = new CourseProgress("SECRET-ID", "C", []);
        var record = new TrainingRecord("SECRET-ID", D, 1m, TrainingPurpose.InService, TrainingDelivery.InPerson);
        var profile = new TrainingProfile("SECRET-ID", InServiceItem.GeneralWorker, D);

        Assert.DoesNotContain("SECRET", progress.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", record.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", profile.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", new OshCardStatus("SECRET-ID", OshCardState.Held).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ExamAttemptReplay.Replay(null!, new CourseProgress("W", "C", []), D));
        Assert.Throws<ArgumentNullException>(() => new CourseProgress("W", "C", null!));
        Assert.Throws<ArgumentNullException>(() => OshCardCalculator.WorkingDaysAfter(D, 3, null!));
    }
}
