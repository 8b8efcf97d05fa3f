using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed partial class HazardTierTests
{
    [Theory, Trait("Rule", "MAT-3")]
    [InlineData(79.9, RiskTier.Tier1)]   // just under 80
    [InlineData(80.0, RiskTier.Tier2)]   // 80 is tier 2
    [InlineData(84.9, RiskTier.Tier2)]   // just under 85
    [InlineData(85.0, RiskTier.Tier3)]   // 85 is tier 3
    public void Noise_tier_follows_the_80_and_85_dBA_boundaries(double twa, RiskTier expected)
    {
        var finding = MaternalRiskCalculator.ClassifyNoise(new NoiseExposure(Id, twa), AsOf);

        Assert.Equal(expected, finding.Tier);
        Assert.Equal(HazardKind.Noise, finding.Kind);
        Assert.False(finding.IsDowngradable);
        Assert.NotEmpty(finding.Basis);
    }

    [Theory, Trait("Rule", "MAT-4")]
    [InlineData(4.9, RiskTier.Tier1)]
    [InlineData(5.0, RiskTier.Tier2)]
    [InlineData(9.9, RiskTier.Tier2)]
    [InlineData(10.0, RiskTier.Tier3)]
    public void Blood_lead_tier_follows_the_5_and_10_boundaries(double level, RiskTier expected)
    {
        var finding = MaternalRiskCalculator.ClassifyBloodLead(new BloodLeadLevel(Id, level), AsOf);

        Assert.Equal(expected, finding.Tier);
        Assert.Contains(finding.Basis, c => c.Law == Law.LawName.MaternalHealthProtectionRules && c.Article == 10 && c.Item == (int)expected);
    }

    [Theory, Trait("Rule", "MAT-4")]
    [InlineData(0.025, RiskTier.Tier1)]   // not over 0.025
    [InlineData(0.026, RiskTier.Tier3)]   // over 0.025
    public void Air_lead_over_0_025_is_tier_3(double level, RiskTier expected)
    {
        Assert.Equal(expected, MaternalRiskCalculator.ClassifyAirLead(new AirLeadConcentration(Id, level), AsOf).Tier);
    }

    [Fact, Trait("Rule", "MAT-4")]
    public void A_physician_may_override_the_lead_tier_and_the_override_is_recorded()
    {
        var physician = new PhysicianTierOverride(RiskTier.Tier3, "rising trend over three tests");
        var exposure = new BloodLeadLevel(Id, 6) { PhysicianOverride = physician };

        var finding = MaternalRiskCalculator.ClassifyBloodLead(exposure, AsOf);

        Assert.Equal(RiskTier.Tier2, finding.TableTier);
        Assert.Equal(RiskTier.Tier3, finding.Tier);
        Assert.Same(physician, finding.PhysicianOverride);
        Assert.Contains(finding.Basis, c => c.Article == 10 && c.Note == "經醫師評估須調整風險等級者");
    }

    [Fact, Trait("Rule", "MAT-4")]
    public void A_physician_may_lower_an_air_lead_tier()
    {
        var exposure = new AirLeadConcentration(Id, 0.03) { PhysicianOverride = new PhysicianTierOverride(RiskTier.Tier2, "respirator programme verified") };

        var finding = MaternalRiskCalculator.ClassifyAirLead(exposure, AsOf);

        Assert.Equal((RiskTier.Tier3, RiskTier.Tier2), (finding.TableTier!.Value, finding.Tier!.Value));
    }

    [Theory, Trait("Rule", "MAT-7")]
    [InlineData(AbnormalPressureKind.HyperbaricChamber)]
    [InlineData(AbnormalPressureKind.Diving)]
    public void Abnormal_pressure_work_is_tier_3(AbnormalPressureKind kind)
    {
        var finding = MaternalRiskCalculator.ClassifyAbnormalPressure(new AbnormalPressureWork(Id, kind), AsOf);

        Assert.Equal(RiskTier.Tier3, finding.Tier);
        Assert.False(finding.IsDowngradable);
    }

    [Fact, Trait("Rule", "MAT-7")]
    public void Ionizing_radiation_has_no_tier_and_is_referred_to_the_radiation_standard()
    {
        var finding = MaternalRiskCalculator.ClassifyIonizingRadiation(new IonizingRadiationWork(Id), AsOf);

        Assert.Null(finding.Tier);
        Assert.True(finding.IsReferred);
        Assert.Contains("游離輻射防護安全標準", finding.Reason, StringComparison.Ordinal);
        Assert.Contains(finding.Basis, c => c.Law == Law.LawName.IonizingRadiationStandards);
    }
}
