using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed partial class HazardTierTests
{
    [Fact, Trait("Rule", "MAT-11")]
    public void A_downgradable_tier_3_finding_becomes_tier_2_after_measures_and_says_why()
    {
        var exposure = new SpecificChemicalExposure(Id, SpecificChemical.CarbonDisulfide, 6, ConcentrationUnit.Ppm) { Measures = ProtectionMeasures.Taken };

        var finding = MaternalRiskCalculator.ClassifySpecificChemical(exposure, AsOf);

        Assert.Equal(RiskTier.Tier3, finding.TableTier);
        Assert.Equal(RiskTier.Tier2, finding.Tier);
        Assert.Equal("maternal-protection measures taken: re-classified from tier 3 to tier 2 (附表四 註)", finding.Downgrade);
        Assert.Contains(finding.Basis, c => c.Note == "經採取母性健康保護措施，可改列第二級");
    }

    [Fact, Trait("Rule", "MAT-11")]
    public void A_finding_not_marked_downgradable_stays_tier_3_after_measures()
    {
        var exposure = new NoiseExposure(Id, 90) { Measures = ProtectionMeasures.Taken };

        var finding = MaternalRiskCalculator.ClassifyNoise(exposure, AsOf);

        Assert.Equal(RiskTier.Tier3, finding.Tier);
        Assert.Null(finding.Downgrade);
    }

    [Theory, Trait("Rule", "MAT-11")]
    [InlineData(ProtectionMeasures.NotTaken, RiskTier.Tier3)]
    [InlineData(ProtectionMeasures.Taken, RiskTier.Tier2)]
    public void Handling_weight_and_listed_work_are_downgradable(ProtectionMeasures measures, RiskTier expected)
    {
        var weight = MaternalRiskCalculator.ClassifyHandlingWeight(new ManualHandling(Id, 12, HandlingMode.Intermittent) { Measures = measures }, ProtectionPhase.Pregnant, AsOf);
        var listed = MaternalRiskCalculator.ClassifyListedWork(new ListedHazardousWork(Id, ListedWorkTable.Annex2Pregnant, "附表二 第3項") { Measures = measures }, ProtectionPhase.Pregnant, AsOf);

        Assert.Equal(expected, weight.Tier);
        Assert.Equal(expected, listed.Tier);
    }

    [Fact, Trait("Rule", "MAT-11")]
    public void Measures_on_a_finding_under_tier_3_change_nothing()
    {
        var finding = MaternalRiskCalculator.ClassifyHandlingWeight(new ManualHandling(Id, 5, HandlingMode.Intermittent) { Measures = ProtectionMeasures.Taken }, ProtectionPhase.Pregnant, AsOf);

        Assert.Equal(RiskTier.Tier1, finding.Tier);
        Assert.Null(finding.Downgrade);
    }
}
