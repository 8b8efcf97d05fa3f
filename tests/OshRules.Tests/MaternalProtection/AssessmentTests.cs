using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed class AssessmentTests
{
    [Fact, Trait("Rule", "MAT-2")]
    public void The_worker_tier_is_the_highest_of_her_findings()
    {
        MaternalHazardExposure[] exposures = [new NoiseExposure(Id, 82), new BloodLeadLevel(Id, 3), new BiologicalExposure(Id, BiologicalAgent.Toxoplasma)];

        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), exposures, AsOf, MaternalOptions.Default)!;

        Assert.Equal(RiskTier.Tier3, assessment.OverallTier);
        Assert.Equal(3, assessment.Findings.Length);
        Assert.Equal(ProtectionPhase.Pregnant, assessment.Period.Phase);
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Without_findings_the_worker_is_tier_1()
    {
        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), [], AsOf, MaternalOptions.Default)!;

        Assert.Equal(RiskTier.Tier1, assessment.OverallTier);
        Assert.Contains(assessment.Basis, c => c.Article == 2);
    }

    [Fact, Trait("Rule", "MAT-7")]
    public void A_referred_radiation_finding_does_not_raise_the_tier_but_is_kept()
    {
        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), [new IonizingRadiationWork(Id)], AsOf, MaternalOptions.Default)!;

        Assert.Equal(RiskTier.Tier1, assessment.OverallTier);
        Assert.True(assessment.HasReferredHazard);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void A_worker_outside_the_period_gets_no_assessment()
    {
        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), [new NoiseExposure(Id, 90)], new(D("2025-01-09")), MaternalOptions.Default);

        Assert.Null(assessment);
    }

    [Fact, Trait("Rule", "MAT-12")]
    public void Tier_1_explains_and_informs_the_worker()
    {
        Assert.Equal(ManagementActions.ExplainAssessment | ManagementActions.InformWorker, MaternalRiskCalculator.ActionsFor(RiskTier.Tier1, FitnessAssessmentReasons.None));
    }

    [Fact, Trait("Rule", "MAT-12")]
    public void Tier_2_needs_a_physician_interview_and_health_guidance()
    {
        Assert.Equal(
            ManagementActions.ExplainAssessment | ManagementActions.PhysicianInterview | ManagementActions.HazardPrevention,
            MaternalRiskCalculator.ActionsFor(RiskTier.Tier2, FitnessAssessmentReasons.None));
    }

    [Fact, Trait("Rule", "MAT-12")]
    public void Tier_3_needs_improvement_reassessment_a_list_of_unsuitable_work_and_a_fitness_assessment()
    {
        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), [new NoiseExposure(Id, 85)], AsOf, MaternalOptions.Default)!;

        Assert.Equal(
            ManagementActions.ExplainAssessment | ManagementActions.PhysicianInterview | ManagementActions.ImproveWorkEnvironment
                | ManagementActions.ReassessAfterImprovement | ManagementActions.ListUnsuitableWork | ManagementActions.FitnessForWorkAssessment,
            assessment.Actions);
        Assert.Equal(FitnessAssessmentReasons.Tier3, assessment.FitnessAssessment);
    }

    [Theory, Trait("Rule", "MAT-12")]
    [InlineData(true, true, OriginalWorkContinuation.Permitted)]
    [InlineData(false, true, OriginalWorkContinuation.AwaitingPhysicianFinding)]
    [InlineData(true, false, OriginalWorkContinuation.AwaitingWrittenConsent)]
    public void At_tier_2_she_keeps_her_work_with_the_physician_finding_and_her_written_consent(bool noHarm, bool consented, OriginalWorkContinuation expected)
    {
        var request = new ContinuationRequest(Id, noHarm, consented ? D("2025-02-20") : null);

        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), [new NoiseExposure(Id, 82)], AsOf, MaternalOptions.Default, request)!;

        Assert.Equal(expected, assessment.Continuation);
        Assert.True(assessment.FitnessAssessment.HasFlag(FitnessAssessmentReasons.ContinuationRequested));
        Assert.Contains(assessment.Basis, c => c.Article == 11 && c.Paragraph == 2);
    }

    [Fact, Trait("Rule", "MAT-12")]
    public void At_tier_3_continuation_follows_the_physician_instead()
    {
        var request = new ContinuationRequest(Id, physicianFindsNoHarm: true, writtenConsentOn: D("2025-02-20"));

        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), [new NoiseExposure(Id, 90)], AsOf, MaternalOptions.Default, request)!;

        Assert.Equal(OriginalWorkContinuation.NotAtTier3, assessment.Continuation);
    }

    [Fact, Trait("Rule", "MAT-12"), Trait("Rule", "MAT-15")]
    public void An_abnormal_health_finding_calls_for_a_fitness_assessment_at_tier_1()
    {
        var physician = new PhysicianFindings(Id) { HaemoglobinGramsPerDecilitre = 10.5 };

        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), [], AsOf, MaternalOptions.Default, physician: physician)!;

        Assert.Equal(FitnessAssessmentReasons.AbnormalHealthFinding, assessment.FitnessAssessment);
        Assert.True(assessment.Actions.HasFlag(ManagementActions.FitnessForWorkAssessment));
        Assert.Equal(PhysicianFindingFlags.Anaemia, assessment.HealthFindings);
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Findings_about_another_worker_are_rejected()
    {
        var other = MaternalRiskCalculator.ClassifyNoise(new NoiseExposure("W-999", 82), AsOf);

        var ex = Assert.Throws<OshRules.Law.OshValidationException>(() => MaternalRiskCalculator.Assess(Pregnant(), [other], AsOf, MaternalOptions.Default));

        Assert.Equal("WorkerId: every finding, request and physician finding must be about the assessed worker (rule MAT-2).", ex.Message);
    }
}
