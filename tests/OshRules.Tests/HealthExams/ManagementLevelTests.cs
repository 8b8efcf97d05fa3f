using OshRules.HealthExams;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class ManagementLevelTests
{
    [Theory, Trait("Rule", "HC-5")]
    [InlineData(OverallJudgement.AllItemsNormal, WorkRelation.NotApplicable, ManagementLevel.Level1)]
    [InlineData(OverallJudgement.AbnormalItemsJudgedNormal, WorkRelation.NotApplicable, ManagementLevel.Level1)]
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Unrelated, ManagementLevel.Level2)]
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Undetermined, ManagementLevel.Level3)]
    [InlineData(OverallJudgement.Abnormal, WorkRelation.Related, ManagementLevel.Level4)]
    public void Level_follows_the_physicians_judgement_and_the_relation_to_work(OverallJudgement judgement, WorkRelation relation, ManagementLevel expected) =>
        Assert.Equal(expected, HealthExamCalculator.ClassifyManagementLevel(judgement, relation));

    [Fact, Trait("Rule", "HC-5")]
    public void Level_1_requires_no_follow_up() => Assert.Equal(FollowUpAction.None, HealthExamCalculator.FollowUpFor(ManagementLevel.Level1));

    [Fact, Trait("Rule", "HC-5")]
    public void Level_2_requires_personal_health_guidance_and_a_note_of_unsuitable_work() =>
        Assert.Equal(FollowUpAction.PersonalHealthGuidance | FollowUpAction.PhysicianNotesUnsuitableWork, HealthExamCalculator.FollowUpFor(ManagementLevel.Level2));

    [Fact, Trait("Rule", "HC-5")]
    public void Level_3_requires_a_specialist_follow_up_regrading_and_notification()
    {
        var follow = HealthExamCalculator.FollowUp(Special("2026-05-01", Noise, level: ManagementLevel.Level3), AsOf("2026-11-23"));

        Assert.True(follow.Requires(FollowUpAction.SpecialistFollowUpExam));
        Assert.True(follow.Requires(FollowUpAction.OnSiteAssessmentWhenNeeded));
        Assert.True(follow.Requires(FollowUpAction.Regrade));
        Assert.True(follow.Requires(FollowUpAction.NotifyAuthority));
        Assert.True(follow.Requires(FollowUpAction.PhysicianNotesClinicalDiagnosis));
        Assert.False(follow.Requires(FollowUpAction.HazardControlMeasures));
        Assert.Equal([1, 2, 3], follow.Basis.Select(c => c.Paragraph ?? 0));
        Assert.All(follow.Basis, c => Assert.Equal(21, c.Article));
    }

    [Fact, Trait("Rule", "HC-5")]
    public void Level_4_requires_hazard_control_and_a_clinical_diagnosis()
    {
        var follow = HealthExamCalculator.FollowUp(Special("2026-05-01", Dust, level: ManagementLevel.Level4), AsOf("2026-11-23"));

        Assert.Equal(
            FollowUpAction.PhysicianNotesUnsuitableWork | FollowUpAction.PhysicianNotesClinicalDiagnosis | FollowUpAction.HazardControlMeasures,
            follow.Actions);
        Assert.Equal(ManagementLevel.Level4, follow.Level);
        Assert.Equal(Dust, follow.Hazard);
    }

    [Fact, Trait("Rule", "HC-5")]
    public void A_worker_found_unable_to_continue_the_work_is_moved_under_the_OSH_Act()
    {
        var exam = new ExamRecord(WorkerId, ExamKind.PeriodicGeneral, D("2026-05-01"), fitness: WorkFitness.CannotContinueWork);

        var follow = HealthExamCalculator.FollowUp(exam, AsOf("2026-11-23"));

        Assert.Equal(FollowUpAction.ChangeWorkplaceJobOrHours, follow.Actions);
        Assert.Null(follow.Level);
        Assert.Equal("職業安全衛生法第21條第1項 (108.05.15 修正)", Assert.Single(follow.Basis).ToChineseString());
    }

    [Theory, Trait("Rule", "HC-5")]
    [InlineData("2027-12-31", false)]
    [InlineData("2028-01-01", true)] // the 115.06.26 text of §21 takes effect
    public void Follow_up_on_or_after_2028_is_flagged(string asOf, bool flagged)
    {
        var follow = HealthExamCalculator.FollowUp(Special("2026-05-01", Noise, level: ManagementLevel.Level2), AsOf(asOf));

        Assert.Equal(flagged, follow.PendingAmendment is not null);
    }
}
