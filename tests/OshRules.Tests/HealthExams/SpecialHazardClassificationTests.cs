using OshRules.HealthExams;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class SpecialHazardClassificationTests
{
    [Theory, Trait("Rule", "HC-6")]
    [InlineData(84.9, false)] // under 85 dBA
    [InlineData(85.0, true)] // 八十五分貝以上: 85 is included
    public void Noise_work_starts_at_85_dBA(double twa, bool special)
    {
        var result = HealthExamCalculator.ClassifyNoise(new NoiseMeasurement(WorkerId, D("2026-10-01"), twa), AsOf("2026-11-23"));

        Assert.Equal(special, result.IsSpecialHazardous);
        Assert.Equal(ThresholdComparison.OrOver, result.Comparison);
        Assert.Equal(Noise, result.Hazard);
        Assert.Equal("附表一", result.Basis[0].Annex);
    }

    [Theory, Trait("Rule", "HC-6")]
    [InlineData(HazardAgent.Benzidine, 1.0, false)] // exactly 1 %: 超過百分之一 excludes it
    [InlineData(HazardAgent.Benzidine, 1.01, true)]
    [InlineData(HazardAgent.Benzene, 1.0, false)] // by volume
    [InlineData(HazardAgent.Benzene, 1.01, true)]
    [InlineData(HazardAgent.OneBromopropane, 5.0, false)] // exactly 5 %: 超過百分之五 excludes it
    [InlineData(HazardAgent.OneBromopropane, 5.01, true)]
    [InlineData(HazardAgent.Butadiene, 4.99, false)]
    public void Mixtures_count_over_1_percent_for_category_9_and_over_5_percent_for_category_12(HazardAgent agent, double share, bool special)
    {
        var result = HealthExamCalculator.ClassifyMixture(new MixtureMeasurement(WorkerId, D("2026-10-01"), agent, share), AsOf("2026-11-23"));

        Assert.Equal(special, result.IsSpecialHazardous);
        Assert.Equal(ThresholdComparison.Over, result.Comparison);
        Assert.Equal(SpecialHazard.Of(agent), result.Hazard);
    }

    [Fact, Trait("Rule", "HC-6")]
    public void Benzene_is_measured_by_volume_and_other_chemicals_by_weight()
    {
        Assert.Equal(MixtureShareBasis.ByVolume, new MixtureMeasurement(WorkerId, D("2026-10-01"), HazardAgent.Benzene, 2).ShareBasis);
        Assert.Equal(MixtureShareBasis.ByWeight, new MixtureMeasurement(WorkerId, D("2026-10-01"), HazardAgent.Formaldehyde, 2).ShareBasis);
    }

    [Theory, Trait("Rule", "HC-6")]
    [InlineData("2", HazardCategory.Noise, HazardAgent.None)]
    [InlineData("9.12", HazardCategory.SpecifiedChemical, HazardAgent.Benzene)]
    [InlineData("8.4", HazardCategory.OrganicSolvent, HazardAgent.Trichloroethylene)]
    [InlineData("12.3", HazardCategory.Designated, HazardAgent.Indium)]
    public void Hazard_codes_parse_to_category_and_agent(string code, HazardCategory category, HazardAgent agent)
    {
        var hazard = SpecialHazard.Parse(code);

        Assert.Equal(new SpecialHazard(category, agent), hazard);
        Assert.Equal(code, hazard.Code);
    }

    [Fact, Trait("Rule", "HC-6")]
    public void The_annex_lists_12_categories_7_solvents_21_chemicals_and_3_designated_agents()
    {
        var agents = Enum.GetValues<HazardAgent>().Where(a => a != HazardAgent.None).GroupBy(a => SpecialHazard.Of(a).Category).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(12, Enum.GetValues<HazardCategory>().Length);
        Assert.Equal(7, agents[HazardCategory.OrganicSolvent]);
        Assert.Equal(21, agents[HazardCategory.SpecifiedChemical]);
        Assert.Equal(3, agents[HazardCategory.Designated]);
    }
}
