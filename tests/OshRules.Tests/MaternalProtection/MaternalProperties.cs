using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed class MaternalProperties
{
    [Property(MaxTest = 300, Arbitrary = new[] { typeof(MaternalArbitraries) }), Trait("Rule", "MAT-2")]
    public bool Overall_tier_is_the_maximum_of_the_findings(MaternalHazardExposure[] exposures)
    {
        var assessment = MaternalRiskCalculator.Evaluate(Pregnant(), exposures, AsOf, MaternalOptions.Default)!;
        var tiers = assessment.Findings.Where(f => f.Tier.HasValue).Select(f => f.Tier!.Value).ToList();

        return assessment.OverallTier == (tiers.Count == 0 ? RiskTier.Tier1 : tiers.Max());
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(MaternalArbitraries) }), Trait("Rule", "MAT-3"), Trait("Rule", "MAT-4"), Trait("Rule", "MAT-5"), Trait("Rule", "MAT-6"), Trait("Rule", "MAT-9")]
    public Property Raising_an_exposure_never_lowers_its_tier(ProtectionPhase phase)
    {
        var gen = Gen.Zip(Gen.Choose(0, 5), Gen.Zip(MaternalArbitraries.Amount(20000), MaternalArbitraries.Amount(2000)));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (kind, (low, extra)) = t;
            var high = low + extra;
            Func<double, MaternalHazardExposure> make = kind switch
            {
                0 => v => new NoiseExposure(Id, v),
                1 => v => new BloodLeadLevel(Id, v),
                2 => v => new AirLeadConcentration(Id, v / 1000),
                3 => v => new ChemicalExposure(Id, airConcentration: v, permissibleExposureLimit: 50),
                4 => v => new SpecificChemicalExposure(Id, SpecificChemical.CarbonDisulfide, v / 10, ConcentrationUnit.Ppm),
                _ => v => new ManualHandling(Id, v / 5, HandlingMode.Continuous),
            };
            var before = MaternalRiskCalculator.Classify(make(low), phase, AsOf).Single().Tier!.Value;
            var after = MaternalRiskCalculator.Classify(make(high), phase, AsOf).Single().Tier!.Value;
            return after >= before;
        });
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(MaternalArbitraries) }), Trait("Rule", "MAT-11")]
    public bool A_downgrade_changes_only_downgradable_tier_3_findings_to_2(MaternalHazardExposure exposure, ProtectionPhase phase)
    {
        var without = MaternalRiskCalculator.Classify(exposure with { Measures = ProtectionMeasures.NotTaken }, phase, AsOf);
        var with = MaternalRiskCalculator.Classify(exposure with { Measures = ProtectionMeasures.Taken }, phase, AsOf);

        return without.Zip(with).All(p =>
            p.First.IsDowngradable && p.First.Tier == RiskTier.Tier3
                ? p.Second.Tier == RiskTier.Tier2 && p.Second.Downgrade is not null && p.Second.TableTier == RiskTier.Tier3
                : p.Second.Tier == p.First.Tier && p.Second.Downgrade is null);
    }

    [Property(MaxTest = 300), Trait("Rule", "MAT-9")]
    public Property Weight_limits_are_strictest_during_pregnancy()
    {
        var gen = Gen.Zip(MaternalArbitraries.Amount(4000), Gen.Elements(HandlingMode.Intermittent, HandlingMode.Continuous));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var handling = new ManualHandling(Id, t.Item1, t.Item2);
            var tiers = MaternalArbitraries.TieredPhases.Select(p => MaternalRiskCalculator.ClassifyHandlingWeight(handling, p, AsOf).Tier!.Value).ToList();
            var limits = MaternalArbitraries.TieredPhases.Select(p => MaternalParameters.HandlingLimit(p)!.ValueAt(AsOf.Date).For(t.Item2)).ToList();
            return tiers[0] >= tiers[1] && tiers[1] >= tiers[2] && limits[0] < limits[1] && limits[1] < limits[2];
        });
    }
}
