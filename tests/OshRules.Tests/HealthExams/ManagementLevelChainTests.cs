using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

/// <summary>HC-5 through the facade: the physician's findings grade the management level, and the level its follow-up (§21).</summary>
public sealed class ManagementLevelChainTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    private static ExamRecord Graded(ExamFindings findings, ManagementLevel? level = null, WorkFitness fitness = WorkFitness.NoRestriction) =>
        new(WorkerId, ExamKind.SpecialPeriodic, D("2026-09-15"), Noise, level, fitness, findings);

    // The exam's worker is in every case: a record naming no worker of the case is refused.
    private static OshResult Evaluate(params object[] facts) => Rules.Evaluate(D("2026-12-03"), [Worker("1970-01-01", "2000-01-01"), .. facts]);

    [Theory, Trait("Rule", "HC-5")]
    [InlineData(OverallJudgement.AllItemsNormal, WorkRelation.NotApplicable, ManagementLevel.Level1)]
    [InlineData(OverallJudgement.AbnormalItemsJudgedNormal, WorkRelation.NotApplicable, ManagementLevel.Level1)] // some items abnormal, not abnormal overall
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Unrelated, ManagementLevel.Level2)] // abnormal overall: level 2 and up
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Undetermined, ManagementLevel.Level3)]
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Related, ManagementLevel.Level4)]
    public void The_findings_grade_the_level_and_the_level_its_follow_up(OverallJudgement judgement, WorkRelation relation, ManagementLevel expected)
    {
        var result = Evaluate(Graded(new ExamFindings(judgement, relation)));

        var grade = Assert.Single(result.All<ManagementLevelGrade>());
        var follow = Assert.Single(result.All<ManagementFollowUp>());

        Assert.Equal(expected, grade.Level);
        Assert.Equal("勞工健康保護規則第21條第1項 (110.12.22 修正)", Assert.Single(grade.Basis).ToChineseString());
        Assert.Equal(expected, follow.Level);
        Assert.Equal(HealthExamCalculator.FollowUpFor(expected), follow.Actions);
        Assert.Equal(expected >= ManagementLevel.Level2 ? [21, 21, 21] : [21], follow.Basis.Select(b => b.Article!.Value));
    }

    [Theory, Trait("Rule", "HC-5")]
    [InlineData(ManagementLevel.Level2)]
    [InlineData(ManagementLevel.Level4)]
    public void A_level_given_directly_still_works_and_is_not_graded_again(ManagementLevel level)
    {
        var result = Evaluate(Special("2026-09-15", Noise, level: level));

        Assert.Empty(result.All<ManagementLevelGrade>());
        Assert.Equal(level, Assert.Single(result.All<ManagementFollowUp>()).Level);
    }

    [Fact, Trait("Rule", "HC-5")]
    public void A_level_given_with_the_findings_that_grade_it_is_followed_up_once()
    {
        var result = Evaluate(Graded(new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Undetermined), ManagementLevel.Level3));

        Assert.Empty(result.All<ManagementLevelGrade>());
        Assert.Equal(ManagementLevel.Level3, Assert.Single(result.All<ManagementFollowUp>()).Level);
    }

    [Theory, Trait("Rule", "HC-5")]
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Undetermined, ManagementLevel.Level2)] // the findings grade 3
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Undetermined, ManagementLevel.Level4)]
    [InlineData(OverallJudgement.AbnormalItemsJudgedNormal, WorkRelation.NotApplicable, ManagementLevel.Level2)] // the findings grade 1
    public void A_level_that_contradicts_the_findings_given_with_it_is_refused_naming_both_fields(OverallJudgement judgement, WorkRelation relation, ManagementLevel level)
    {
        var ex = Assert.Throws<OshValidationException>(() => Graded(new ExamFindings(judgement, relation), level));

        Assert.Equal("ExamRecord.ManagementLevel", ex.Field);
        Assert.Equal("ExamRecord.ManagementLevel: contradicts ExamRecord.Findings: it must be the level the physician's findings grade (§21 I) (rule HC-5).", ex.Message);
    }

    [Fact, Trait("Rule", "HC-5")]
    public void Findings_on_a_general_exam_are_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() => new ExamRecord(WorkerId, ExamKind.PeriodicGeneral, D("2026-09-15"), findings: new ExamFindings(OverallJudgement.AllItemsNormal)));

        Assert.Equal("ExamRecord.Findings: the findings graded by §21 are given after special exams only (rule HC-5).", ex.Message);
    }

    [Theory, Trait("Rule", "HC-5")]
    [InlineData(OverallJudgement.Abnormal, WorkRelation.NotApplicable, "ExamFindings.Relation: is needed for a finding judged abnormal (rule HC-5).")]
    [InlineData(OverallJudgement.AllItemsNormal, WorkRelation.Related, "ExamFindings.Relation: applies only to a finding judged abnormal (rule HC-5).")]
    public void Findings_must_pair_the_judgement_with_a_relation_only_when_abnormal(OverallJudgement judgement, WorkRelation relation, string message) =>
        Assert.Equal(message, Assert.Throws<OshValidationException>(() => new ExamFindings(judgement, relation)).Message);

    [Fact, Trait("Rule", "HC-5")]
    public void A_graded_exam_with_an_unfitness_finding_gets_one_follow_up_with_the_change_of_work()
    {
        var result = Evaluate(Graded(new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Related), fitness: WorkFitness.CannotContinueWork));

        var follow = Assert.Single(result.All<ManagementFollowUp>());

        Assert.Equal(ManagementLevel.Level4, follow.Level);
        Assert.True(follow.Requires(FollowUpAction.HazardControlMeasures));
        Assert.True(follow.Requires(FollowUpAction.ChangeWorkplaceJobOrHours));
        Assert.Contains(follow.Basis, b => b.Law == LawName.OccupationalSafetyAndHealthAct);
    }

    [Fact, Trait("Rule", "HC-5")]
    public void The_explanation_shows_the_grading_step_and_the_follow_up_step_each_with_its_article()
    {
        var result = Evaluate(Graded(new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Undetermined)));
        var follow = Assert.Single(result.All<ManagementFollowUp>());

        var followUp = result.ExplanationOf(follow);
        var grading = result.ExplanationOf(Assert.Single(followUp.Premises));

        Assert.IsType<ManagementLevelGrade>(grading.Conclusion);
        Assert.Equal("HC-5 Health management follow-up of a graded level", followUp.RuleName);
        Assert.Equal("HC-5 Health management level graded from the physician's findings", grading.RuleName);
        Assert.Equal([(21, 1)], grading.Citations.Select(c => (c.Article!.Value, c.Paragraph!.Value)));
        Assert.Equal([(21, 1), (21, 2), (21, 3)], followUp.Citations.Select(c => (c.Article!.Value, c.Paragraph!.Value)));
        Assert.Contains("  推論自: 健康管理分級判定 — HC-5 Health management level graded", result.Explain(DisplayLanguage.ZhTw), StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "HC-5")]
    public void The_calculator_grades_an_exam_with_findings_as_the_rules_do()
    {
        var exam = Graded(new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Unrelated));

        var direct = HealthExamCalculator.FollowUp(exam, AsOf("2026-12-03"));
        var chained = HealthExamCalculator.FollowUp(HealthExamCalculator.GradeManagementLevel(exam, AsOf("2026-12-03")), AsOf("2026-12-03"));

        Assert.Equal((ManagementLevel.Level2, direct.Actions), (chained.Level!.Value, chained.Actions));
        Assert.Equal(direct.Basis, chained.Basis);
    }
}
