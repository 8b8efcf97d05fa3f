using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed partial class HazardTierTests
{
    [Theory, Trait("Rule", "MAT-8")]
    [InlineData(BiologicalAgent.Toxoplasma, null, null, null, RiskTier.Tier3)]
    [InlineData(BiologicalAgent.Rubella, true, null, null, RiskTier.Tier2)]
    [InlineData(BiologicalAgent.Rubella, false, null, null, RiskTier.Tier3)]
    [InlineData(BiologicalAgent.Rubella, null, null, null, RiskTier.Tier3)]          // unknown immunity counts as none
    [InlineData(BiologicalAgent.Varicella, true, null, null, RiskTier.Tier2)]
    [InlineData(BiologicalAgent.Varicella, false, null, null, RiskTier.Tier3)]
    [InlineData(BiologicalAgent.HepatitisB, true, null, null, RiskTier.Tier2)]
    [InlineData(BiologicalAgent.HepatitisB, false, true, null, RiskTier.Tier3)]
    [InlineData(BiologicalAgent.HepatitisB, false, false, null, RiskTier.Tier2)]
    [InlineData(BiologicalAgent.HepatitisC, null, true, null, RiskTier.Tier3)]
    [InlineData(BiologicalAgent.HepatitisC, null, false, null, RiskTier.Tier2)]
    [InlineData(BiologicalAgent.Hiv, null, true, null, RiskTier.Tier3)]
    [InlineData(BiologicalAgent.Hiv, null, false, null, RiskTier.Tier2)]
    [InlineData(BiologicalAgent.Tuberculosis, null, null, PhysicianJudgement.MayAffect, RiskTier.Tier2)]
    [InlineData(BiologicalAgent.Tuberculosis, null, null, PhysicianJudgement.Harmful, RiskTier.Tier3)]
    [InlineData(BiologicalAgent.Tuberculosis, null, null, PhysicianJudgement.NoHarm, RiskTier.Tier1)]
    public void Biological_agents_are_tiered_by_immunity_contact_and_judgement(BiologicalAgent agent, bool? immune, bool? contact, PhysicianJudgement? judgement, RiskTier expected)
    {
        var finding = MaternalRiskCalculator.ClassifyBiological(new BiologicalExposure(Id, agent, immune, contact, judgement), AsOf);

        Assert.Equal(expected, finding.Tier);
        Assert.False(finding.IsDowngradable);
    }

    [Theory, Trait("Rule", "MAT-9")]
    [InlineData(PhysicianJudgement.NoHarm, RiskTier.Tier1)]
    [InlineData(PhysicianJudgement.MayAffect, RiskTier.Tier2)]
    [InlineData(PhysicianJudgement.Harmful, RiskTier.Tier3)]
    public void Manual_handling_judged_by_a_physician(PhysicianJudgement judgement, RiskTier expected)
    {
        var finding = MaternalRiskCalculator.ClassifyHandlingJudgement(new ManualHandling(Id, physicianJudgement: judgement), AsOf);

        Assert.Equal(expected, finding.Tier);
        Assert.False(finding.IsDowngradable);
        Assert.Contains(finding.Basis, c => c.Article == 9);
    }

    [Theory, Trait("Rule", "MAT-9")]
    [InlineData(ProtectionPhase.Pregnant, HandlingMode.Intermittent, 10.0, 9.99)]
    [InlineData(ProtectionPhase.Pregnant, HandlingMode.Continuous, 6.0, 5.99)]
    [InlineData(ProtectionPhase.Under6MonthsAfterDelivery, HandlingMode.Intermittent, 15.0, 14.99)]
    [InlineData(ProtectionPhase.Under6MonthsAfterDelivery, HandlingMode.Continuous, 10.0, 9.99)]
    [InlineData(ProtectionPhase.SixMonthsToUnder1YearAfterDelivery, HandlingMode.Intermittent, 30.0, 29.99)]
    [InlineData(ProtectionPhase.SixMonthsToUnder1YearAfterDelivery, HandlingMode.Continuous, 20.0, 19.99)]
    public void A_weight_at_the_limit_is_tier_3_and_just_under_it_is_not(ProtectionPhase phase, HandlingMode mode, double atLimit, double justUnder)
    {
        var at = MaternalRiskCalculator.ClassifyHandlingWeight(new ManualHandling(Id, atLimit, mode), phase, AsOf);
        var under = MaternalRiskCalculator.ClassifyHandlingWeight(new ManualHandling(Id, justUnder, mode), phase, AsOf);

        Assert.Equal(RiskTier.Tier3, at.Tier);
        Assert.True(at.IsDowngradable);
        Assert.Equal(RiskTier.Tier1, under.Tier);
    }

    [Fact, Trait("Rule", "MAT-9")]
    public void No_weight_limit_applies_to_breastfeeding_after_the_year()
    {
        var finding = MaternalRiskCalculator.ClassifyHandlingWeight(new ManualHandling(Id, 40, HandlingMode.Continuous), ProtectionPhase.Breastfeeding, AsOf);

        Assert.Equal(RiskTier.Tier1, finding.Tier);
    }

    [Fact, Trait("Rule", "MAT-9")]
    public void Weight_and_judgement_give_two_findings()
    {
        var findings = MaternalRiskCalculator.Classify(new ManualHandling(Id, 12, HandlingMode.Intermittent, PhysicianJudgement.MayAffect), ProtectionPhase.Pregnant, AsOf);

        Assert.Equal(new[] { HazardKind.ManualHandlingWeight, HazardKind.ManualHandlingJudgement }, findings.Select(f => f.Kind));
        Assert.Equal(new[] { RiskTier.Tier3, RiskTier.Tier2 }, findings.Select(f => f.Tier!.Value));
    }

    [Theory, Trait("Rule", "MAT-10")]
    [InlineData(ListedWorkTable.Annex2Pregnant, ProtectionPhase.Pregnant, RiskTier.Tier3)]
    [InlineData(ListedWorkTable.Annex2Pregnant, ProtectionPhase.Under6MonthsAfterDelivery, RiskTier.Tier1)]
    [InlineData(ListedWorkTable.Annex3Postpartum, ProtectionPhase.SixMonthsToUnder1YearAfterDelivery, RiskTier.Tier3)]
    [InlineData(ListedWorkTable.Annex3Postpartum, ProtectionPhase.Pregnant, RiskTier.Tier1)]
    public void Listed_hazardous_work_is_tier_3_in_the_phase_its_table_covers(ListedWorkTable table, ProtectionPhase phase, RiskTier expected)
    {
        var finding = MaternalRiskCalculator.ClassifyListedWork(new ListedHazardousWork(Id, table, "附表二 第1項"), phase, AsOf);

        Assert.Equal(expected, finding.Tier);
        Assert.Contains(finding.Basis, c => c.Law == Law.LawName.OccupationalSafetyAndHealthAct && c.Article == 30);
    }
}
