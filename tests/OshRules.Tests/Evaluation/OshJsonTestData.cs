using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Tests.Evaluation;

/// <summary>Cases whose rule-produced conclusions, together, cover every concrete conclusion type.</summary>
internal static class OshJsonTestData
{
    public static IReadOnlyList<OshCase> Cases()
    {
        var noise = new SpecialHazard(HazardCategory.Noise);
        var construction = new Course("CONSTR-1", CourseLanguage.Chinese, 1m, 2, 3m) { IsConstructionCourse = true };
        var passed = new DateOnly(2026, 5, 8);
        var failing = new Course("GEN-ZH-2", CourseLanguage.Chinese, 1m, 2, 1m);
        return
        [
            OshCase.Of("all-families", EvaluationFixtures.WorkerTouchingAllFamilies()),
            OshCase.Of("health",
            [
                new Worker("H-1", new DateOnly(1990, 1, 1), Sex.Male, new DateOnly(2026, 3, 1)),
                new ExamRecord("H-1", ExamKind.PeriodicGeneral, new DateOnly(2022, 3, 1)),
                new SpecialHazardAssignment("H-1", noise, new DateOnly(2026, 3, 1)),
                new ExamRecord("H-1", ExamKind.SpecialPeriodic, new DateOnly(2026, 5, 1), hazard: noise, managementLevel: ManagementLevel.Level3),
                new NoiseMeasurement("H-1", new DateOnly(2026, 10, 1), 85.0),
                new ExamRecord("H-1", ExamKind.SpecialPeriodic, new DateOnly(2026, 7, 1), hazard: noise, findings: new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Undetermined)),
            ]),
            // Hired with no general exam on record: the hiring exam is required (HC-1). (H-1 above is exempt: its 2022 exam
            // lies within the 5-year interval of its age.)
            OshCase.Of("hire", [new Worker("H-2", new DateOnly(1990, 1, 1), Sex.Female, new DateOnly(2026, 10, 1))]),
            // Hired in 1995 with no exam on record: the missing hiring record is stated; the periodic exam is due now.
            OshCase.Of("long-tenure", [new Worker("H-3", new DateOnly(1970, 6, 1), Sex.Male, new DateOnly(1995, 2, 5))]),
            OshCase.Of("establishment", [new ErgonomicsEstablishment("SCHOOL", 120), new MaternalEstablishment("SCHOOL", 120)]),
            OshCase.Of("construction",
            [
                construction,
                new CourseProgress("T-1", construction.Id,
                [
                    new ReadingSession(passed, 1m, [1, 2]),
                    new ExamAttempt(passed, 85),
                    new QuestionnaireSubmitted(passed),
                ]),
                new TrainingProfile("T-1", InServiceItem.SpecifiedWork, new DateOnly(2024, 1, 2)),
                new OshCardStatus("T-1", OshCardState.Held),
            ]),
            OshCase.Of("reading-reset",
            [
                failing,
                new CourseProgress("T-2", failing.Id,
                [
                    new ReadingSession(passed, 1m, [1, 2]),
                    new ExamAttempt(passed, 10),
                    new ExamAttempt(passed, 79),
                ]),
            ]),
        ];
    }

    public static IReadOnlyList<OshResult> Results() =>
        OshRuleSet.CreateDefault().EvaluateMany(EvaluationFixtures.AsOf, Cases()).ToArray();

    public static IReadOnlyList<Type> ConcreteConclusionTypes() =>
        typeof(IOshConclusion).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IOshConclusion).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
}
