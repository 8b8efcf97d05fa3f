using OshRules.Common;
using OshRules.Training;

namespace OshRules.Tests.Training;

internal static class TrainingTestData
{
    public const string Learner = "W001";

    public static readonly DateOnly Day1 = new(2026, 3, 2);

    public static Course Chinese(decimal readingHours = 3m, int nodes = 4, decimal trainingHours = 3m) =>
        new("GEN-ZH-1", CourseLanguage.Chinese, readingHours, nodes, trainingHours);

    public static Course Vietnamese(decimal readingHours = 3m, int nodes = 4, decimal trainingHours = 3m) =>
        new("GEN-VI-1", CourseLanguage.Vietnamese, readingHours, nodes, trainingHours);

    public static ReadingSession ReadAll(DateOnly date, Course course, decimal? hours = null) =>
        new(date, hours ?? course.RequiredReadingHours, Enumerable.Range(1, course.NodeCount));

    public static ReadingSession Read(DateOnly date, decimal hours, params int[] nodes) => new(date, hours, nodes);

    public static ExamAttempt Exam(DateOnly date, int score) => new(date, score);

    public static QuestionnaireSubmitted Questionnaire(DateOnly date) => new(date);

    public static CourseProgress Progress(Course course, params LearningEvent[] events) => new(Learner, course.Id, events);

    public static EvaluationDate AsOf(DateOnly date) => new(date);

    public static EvaluationDate AsOf(int year, int month, int day) => new(new DateOnly(year, month, day));
}
