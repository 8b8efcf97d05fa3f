using FsCheck;
using FsCheck.Fluent;
using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

/// <summary>Random exposures of every kind, with measurements on a 0.01 grid around the boundaries.</summary>
public static class MaternalArbitraries
{
    internal static readonly ProtectionPhase[] TieredPhases =
        [ProtectionPhase.Pregnant, ProtectionPhase.Under6MonthsAfterDelivery, ProtectionPhase.SixMonthsToUnder1YearAfterDelivery];

    public static Arbitrary<MaternalHazardExposure> Exposure() => Arb.From(ExposureGen(Id));

    public static Arbitrary<MaternalHazardExposure[]> Exposures() => Arb.From(ExposureGen(Id).ArrayOf().Select(a => a.Take(8).ToArray()));

    public static Arbitrary<ProtectionPhase> Phase() => Arb.From(Gen.Elements(TieredPhases));

    internal static Gen<double> Amount(int maxHundredths) => Gen.Choose(0, maxHundredths).Select(i => i / 100.0);

    internal static Gen<MaternalHazardExposure> ExposureGen(string id)
    {
        var measures = Gen.Elements(ProtectionMeasures.NotTaken, ProtectionMeasures.Taken);
        Gen<MaternalHazardExposure> kind = Gen.OneOf(
            Amount(12000).Select(v => (MaternalHazardExposure)new NoiseExposure(id, v)),
            Amount(2000).Select(v => (MaternalHazardExposure)new BloodLeadLevel(id, v)),
            Gen.Choose(0, 100).Select(i => (MaternalHazardExposure)new AirLeadConcentration(id, i / 1000.0)),
            Gen.Choose(0, 1500).Select(i => (MaternalHazardExposure)new ChemicalExposure(id, airConcentration: i / 1000.0, permissibleExposureLimit: 1)),
            Gen.Elements(Enum.GetValues<ChemicalHazardClasses>()).Select(c => (MaternalHazardExposure)new ChemicalExposure(id, classes: c)),
            Gen.Choose(0, 3000).Select(i => (MaternalHazardExposure)new SpecificChemicalExposure(id, SpecificChemical.Trichloroethylene, i / 100.0, ConcentrationUnit.Ppm)),
            Gen.Constant((MaternalHazardExposure)new AbnormalPressureWork(id, AbnormalPressureKind.Diving)),
            Gen.Constant((MaternalHazardExposure)new IonizingRadiationWork(id)),
            Gen.Elements(
                new BiologicalExposure(id, BiologicalAgent.Rubella, hasImmunity: true),
                new BiologicalExposure(id, BiologicalAgent.Hiv, bloodOrBodyFluidContact: true),
                new BiologicalExposure(id, BiologicalAgent.HepatitisC, bloodOrBodyFluidContact: false),
                new BiologicalExposure(id, BiologicalAgent.Tuberculosis, physicianJudgement: PhysicianJudgement.MayAffect)).Select(b => (MaternalHazardExposure)b),
            Gen.Zip(Amount(4000), Gen.Elements(HandlingMode.Intermittent, HandlingMode.Continuous))
                .Select(t => (MaternalHazardExposure)new ManualHandling(id, t.Item1, t.Item2)),
            Gen.Elements(Enum.GetValues<PhysicianJudgement>()).Select(j => (MaternalHazardExposure)new ManualHandling(id, physicianJudgement: j)),
            Gen.Elements(ListedWorkTable.Annex2Pregnant, ListedWorkTable.Annex3Postpartum).Select(t => (MaternalHazardExposure)new ListedHazardousWork(id, t, "item")));
        return Gen.Zip(kind, measures).Select(t => t.Item1 with { Measures = t.Item2 });
    }
}
