using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Evaluation;
using OshRules.HealthExams;

namespace OshRules.Tests.HealthExams;

/// <summary>
/// HC-5: the follow-up the rules draw from the physician's findings equals the follow-up of the same exam with the level
/// given by hand (the level read off §21 I here, independently of the library).
/// </summary>
public sealed class ManagementLevelChainProperties
{
    // The cases' dates start before the other families' texts: the health-exam rules only.
    private static readonly OshRuleSet Rules = Evaluation.FamilyRuleSets.Of(Common.Families.HealthExams);

    [Property(MaxTest = 200, Arbitrary = [typeof(GradedExamArbitraries)])]
    [Trait("Rule", "HC-5")]
    public bool Graded_follow_up_equals_that_of_the_level_inserted_by_hand(GradedExamCase c)
    {
        var withFindings = new ExamRecord(c.WorkerId, c.Kind, c.ExamDate, c.Hazard, fitness: c.Fitness, findings: c.Findings);
        var withLevel = new ExamRecord(c.WorkerId, c.Kind, c.ExamDate, c.Hazard, LevelBySection21(c.Findings), c.Fitness);

        // The exam's worker is in the case: a record naming no worker of the case is refused.
        var worker = new Common.Worker(c.WorkerId, new DateOnly(1970, 1, 1), Common.Sex.Female, new DateOnly(2000, 1, 1));
        var chained = Rules.Evaluate(c.AsOf, [worker, withFindings]);
        var byHand = Rules.Evaluate(c.AsOf, [worker, withLevel]);

        return Keys(chained).SequenceEqual(Keys(byHand), StringComparer.Ordinal)
            && chained.All<ManagementLevelGrade>().Single().Level == LevelBySection21(c.Findings)
            && byHand.All<ManagementLevelGrade>().Count == 0;
    }

    // §21 I: 第一級 all normal or not abnormal overall; abnormal and 與工作無關 2, 無法確定 3, 與工作有關 4.
    private static ManagementLevel LevelBySection21(ExamFindings f) => (f.Judgement, f.Relation) switch
    {
        (OverallJudgement.Abnormal, WorkRelation.Unrelated) => ManagementLevel.Level2,
        (OverallJudgement.Abnormal, WorkRelation.Undetermined) => ManagementLevel.Level3,
        (OverallJudgement.Abnormal, WorkRelation.Related) => ManagementLevel.Level4,
        _ => ManagementLevel.Level1,
    };

    private static IEnumerable<string> Keys(OshResult result) =>
        result.All<ManagementFollowUp>()
            .Select(f => $"{f.SubjectId}|{f.ExamDate}|{f.ExamKind}|{f.Hazard}|{f.Level}|{f.Actions}|{f.RulesVersion}|{f.PendingAmendment?.EffectiveFrom}|{string.Join(";", f.Basis)}")
            .Order(StringComparer.Ordinal);
}

/// <summary>One special exam with the physician's findings, and the evaluation date.</summary>
public sealed record GradedExamCase(DateOnly AsOf, string WorkerId, ExamKind Kind, DateOnly ExamDate, SpecialHazard Hazard, ExamFindings Findings, WorkFitness Fitness);

public static class GradedExamArbitraries
{
    private static readonly SpecialHazard[] Hazards = [new(HazardCategory.Noise), new(HazardCategory.Dust), SpecialHazard.Of(HazardAgent.Benzene)];

    public static Arbitrary<GradedExamCase> Cases() =>
        (from asOfOffset in Gen.Choose(0, 365 * 8)
         from examDaysAgo in Gen.Choose(0, 365 * 3)
         from kind in Gen.Elements(ExamKind.SpecialPhysical, ExamKind.SpecialPeriodic)
         from hazard in Gen.Elements(Hazards)
         from findings in Gen.Elements(
             new ExamFindings(OverallJudgement.AllItemsNormal),
             new ExamFindings(OverallJudgement.AbnormalItemsJudgedNormal),
             new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Unrelated),
             new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Undetermined),
             new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Related))
         from fitness in Gen.Elements(WorkFitness.NoRestriction, WorkFitness.CannotContinueWork)
         let asOf = new DateOnly(2022, 1, 1).AddDays(asOfOffset)
         select new GradedExamCase(asOf, "W-1", kind, asOf.AddDays(-examDaysAgo), hazard, findings, fitness)).ToArbitrary();
}
