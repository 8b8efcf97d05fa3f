using OshRules.Common;
using OshRules.Training;

namespace OshRules.Tests.Training;

public sealed class TrainingReadmeTests
{
    [Fact, Trait("Rule", "EDU-5")]
    public void Readme_example_fails_twice_rereads_and_passes()
    {
        // Same code as the example in src/OshRules/Training/README.md.
        var course = new Course("GEN-ZH-1", CourseLanguage.Chinese, requiredReadingHours: 3m, nodeCount: 4, trainingHours: 3m);
        var day = new DateOnly(2026, 3, 2);
        var progress = new CourseProgress("W001", course.Id,
        [
            new ReadingSession(day, 3m, [1, 2, 3, 4]),
            new ExamAttempt(day, 75),
            new ExamAttempt(day, 79),
            new ReadingSession(day.AddDays(1), 3m, [1, 2, 3, 4]),
            new ExamAttempt(day.AddDays(1), 80),
            new QuestionnaireSubmitted(day.AddDays(1)),
        ]);
        CourseStatus status = CourseCalculator.Status(course, progress, new EvaluationDate(day.AddDays(2)));

        Assert.True(status.IsPassed);
        Assert.Equal(3m, status.HoursEarned);
        Assert.Equal(new DateOnly(2026, 3, 3), status.PassedOn);
    }
}
