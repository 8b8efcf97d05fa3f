using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Tests.Evaluation;

/// <summary>Facts of one worker that touch all four families.</summary>
internal static class EvaluationFixtures
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public static IReadOnlyList<object> WorkerTouchingAllFamilies(string id = "W-001")
    {
        var scores = BodyRegions.All.ToDictionary(r => r, _ => new RegionScore(0, 0));
        scores[BodyRegion.LowerBack] = new RegionScore(pain: 3, jointRange: 1);
        var course = new Course("GEN-ZH-1", CourseLanguage.Chinese, requiredReadingHours: 3m, nodeCount: 4, trainingHours: 3m);
        var day = new DateOnly(2026, 10, 5);
        return
        [
            new Worker(id, new DateOnly(1986, 11, 24), Sex.Female, new DateOnly(2015, 8, 1)),
            new ExamRecord(id, ExamKind.PeriodicGeneral, new DateOnly(2023, 11, 1)),
            new NmqQuestionnaire(id, new DateOnly(2026, 4, 15), hasDiscomfort: true, isWorkRelated: true, SymptomDuration.SixMonths, scores),
            new MaternalStatus(id, employerNotifiedOn: new DateOnly(2026, 9, 1), pregnantSince: new DateOnly(2026, 7, 20)),
            new NoiseExposure(id, 82),
            new ManualHandling(id, 12, HandlingMode.Intermittent),
            course,
            new CourseProgress(id, course.Id,
            [
                new ReadingSession(day, 3m, [1, 2, 3, 4]),
                new ExamAttempt(day, 85),
                new QuestionnaireSubmitted(day),
            ]),
        ];
    }
}
