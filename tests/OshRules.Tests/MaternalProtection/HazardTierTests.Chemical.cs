using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed partial class HazardTierTests
{
    [Theory, Trait("Rule", "MAT-5")]
    [InlineData(0.0999, RiskTier.Tier1)]
    [InlineData(0.1, RiskTier.Tier2)]
    [InlineData(0.4999, RiskTier.Tier2)]
    [InlineData(0.5, RiskTier.Tier3)]
    public void PEL_share_follows_the_tenth_and_half_boundaries(double concentration, RiskTier expected)
    {
        var exposure = new ChemicalExposure(Id, airConcentration: concentration, permissibleExposureLimit: 1.0);

        Assert.Equal(expected, MaternalRiskCalculator.ClassifyChemical(exposure, AsOf).Tier);
    }

    [Theory, Trait("Rule", "MAT-5")]
    [InlineData(4.99, RiskTier.Tier1)]
    [InlineData(5.0, RiskTier.Tier2)]   // exactly a tenth of 50
    [InlineData(25.0, RiskTier.Tier3)]  // exactly half of 50
    public void PEL_share_is_exact_for_other_limits(double concentration, RiskTier expected)
    {
        var exposure = new ChemicalExposure(Id, airConcentration: concentration, permissibleExposureLimit: 50.0);

        Assert.Equal(expected, MaternalRiskCalculator.ClassifyChemical(exposure, AsOf).Tier);
    }

    [Theory, Trait("Rule", "MAT-5")]
    [InlineData(ChemicalHazardClasses.ReproductiveToxicantCategory1, RiskTier.Tier3)]
    [InlineData(ChemicalHazardClasses.GermCellMutagenCategory1, RiskTier.Tier3)]
    [InlineData(ChemicalHazardClasses.ReproductiveToxicantCategory2, RiskTier.Tier2)]
    [InlineData(ChemicalHazardClasses.GermCellMutagenCategory2, RiskTier.Tier2)]
    [InlineData(ChemicalHazardClasses.AffectsLactation, RiskTier.Tier2)]
    [InlineData(ChemicalHazardClasses.None, RiskTier.Tier1)]
    public void Without_a_measurement_the_hazard_class_decides(ChemicalHazardClasses classes, RiskTier expected)
    {
        Assert.Equal(expected, MaternalRiskCalculator.ClassifyChemical(new ChemicalExposure(Id, classes: classes), AsOf).Tier);
    }

    [Fact, Trait("Rule", "MAT-5"), Trait("Rule", "MAT-16")]
    public void A_CAS_number_listed_in_appendix_1_feeds_its_classes()
    {
        var exposure = new ChemicalExposure(Id, CasNumber.Parse("756-79-6"));   // mutagen 1 + repro 2

        var finding = MaternalRiskCalculator.ClassifyChemical(exposure, AsOf);

        Assert.Equal(ChemicalHazardClasses.GermCellMutagenCategory1 | ChemicalHazardClasses.ReproductiveToxicantCategory2, exposure.Classes);
        Assert.Equal(RiskTier.Tier3, finding.Tier);
        Assert.Contains(finding.Basis, c => c.Annex == "附錄一");
    }

    [Fact, Trait("Rule", "MAT-5")]
    public void A_measurement_decides_over_the_class_as_the_law_says()
    {
        var exposure = new ChemicalExposure(Id, CasNumber.Parse("109-86-4"), airConcentration: 0.05, permissibleExposureLimit: 5);

        Assert.Equal(RiskTier.Tier1, MaternalRiskCalculator.ClassifyChemical(exposure, AsOf).Tier);
    }

    public static TheoryData<SpecificChemical, ConcentrationUnit, double, double> SpecificLimits => new()
    {
        { SpecificChemical.CarbonDisulfide, ConcentrationUnit.Ppm, 5, 5.01 },
        { SpecificChemical.CarbonDisulfide, ConcentrationUnit.MilligramsPerCubicMetre, 15.5, 15.51 },
        { SpecificChemical.Trichloroethylene, ConcentrationUnit.Ppm, 25, 25.01 },
        { SpecificChemical.Trichloroethylene, ConcentrationUnit.MilligramsPerCubicMetre, 134.5, 134.51 },
        { SpecificChemical.EthyleneOxide, ConcentrationUnit.Ppm, 0.5, 0.501 },
        { SpecificChemical.EthyleneOxide, ConcentrationUnit.MilligramsPerCubicMetre, 0.9, 0.901 },
        { SpecificChemical.Acrylamide, ConcentrationUnit.MilligramsPerCubicMetre, 0.015, 0.0151 },
        { SpecificChemical.Ethyleneimine, ConcentrationUnit.Ppm, 0.25, 0.251 },
        { SpecificChemical.Ethyleneimine, ConcentrationUnit.MilligramsPerCubicMetre, 0.44, 0.441 },
        { SpecificChemical.ArsenicInorganic, ConcentrationUnit.MilligramsPerCubicMetre, 0.005, 0.0051 },
        { SpecificChemical.MercuryInorganic, ConcentrationUnit.MilligramsPerCubicMetre, 0.025, 0.0251 },
    };

    [Theory, Trait("Rule", "MAT-6")]
    [MemberData(nameof(SpecificLimits))]
    public void A_specific_chemical_at_its_value_is_not_tier_3_and_just_over_it_is(SpecificChemical chemical, ConcentrationUnit unit, double atValue, double justOver)
    {
        var at = MaternalRiskCalculator.ClassifySpecificChemical(new SpecificChemicalExposure(Id, chemical, atValue, unit), AsOf);
        var over = MaternalRiskCalculator.ClassifySpecificChemical(new SpecificChemicalExposure(Id, chemical, justOver, unit), AsOf);

        Assert.Equal(RiskTier.Tier1, at.Tier);
        Assert.Equal(RiskTier.Tier3, over.Tier);
        Assert.True(over.IsDowngradable);
    }
}
