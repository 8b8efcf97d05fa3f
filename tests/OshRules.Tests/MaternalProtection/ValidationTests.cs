using OshRules.Law;
using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed class ValidationTests
{
    public static TheoryData<Action, string, string> BadInputs => new()
    {
        { () => _ = new NoiseExposure(Id, -1), "NoiseExposure.TwaDba", "NoiseExposure.TwaDba: must not be negative (was -1) (rule MAT-3)." },
        { () => _ = new NoiseExposure(Id, double.NaN), "NoiseExposure.TwaDba", "NoiseExposure.TwaDba: must be a finite number (rule MAT-3)." },
        { () => _ = new BloodLeadLevel(Id, double.PositiveInfinity), "BloodLeadLevel.MicrogramsPerDecilitre", "BloodLeadLevel.MicrogramsPerDecilitre: must be a finite number (rule MAT-4)." },
        { () => _ = new AirLeadConcentration(Id, -0.01), "AirLeadConcentration.MilligramsPerCubicMetre", "AirLeadConcentration.MilligramsPerCubicMetre: must not be negative (was -0.01) (rule MAT-4)." },
        { () => _ = new SpecificChemicalExposure(Id, SpecificChemical.Acrylamide, 0.01, ConcentrationUnit.Ppm), "SpecificChemicalExposure.Unit", "SpecificChemicalExposure.Unit: Acrylamide has a limit only in mg/m³; ppm is not accepted (rule MAT-6)." },
        { () => _ = new SpecificChemicalExposure(Id, SpecificChemical.MercuryInorganic, 0.01, ConcentrationUnit.Ppm), "SpecificChemicalExposure.Unit", "SpecificChemicalExposure.Unit: MercuryInorganic has a limit only in mg/m³; ppm is not accepted (rule MAT-6)." },
        { () => _ = new ChemicalExposure(Id, airConcentration: 1), "ChemicalExposure.PermissibleExposureLimit", "ChemicalExposure.PermissibleExposureLimit: the air concentration and the permissible exposure limit must be given together (rule MAT-5)." },
        { () => _ = new ChemicalExposure(Id, airConcentration: 1, permissibleExposureLimit: 0), "ChemicalExposure.PermissibleExposureLimit", "ChemicalExposure.PermissibleExposureLimit: must be greater than zero (rule MAT-5)." },
        { () => _ = new MaternalStatus(Id, pregnantSince: D("2025-01-10"), deliveredOn: D("2025-01-09")), "MaternalStatus.DeliveredOn", "MaternalStatus.DeliveredOn: must not be before the pregnancy start (rule MAT-1)." },
        { () => _ = new MaternalStatus(Id, employerNotifiedOn: D("2025-01-09"), pregnantSince: D("2025-01-10")), "MaternalStatus.EmployerNotifiedOn", "MaternalStatus.EmployerNotifiedOn: must not be before the pregnancy start (rule MAT-1)." },
        { () => _ = new MaternalStatus(Id), "MaternalStatus.EmployerNotifiedOn", "MaternalStatus.EmployerNotifiedOn: the notification, pregnancy or delivery date must be given (rule MAT-1)." },
        { () => _ = new ManualHandling(Id, weightKg: 12), "ManualHandling.Mode", "ManualHandling.Mode: must be given with a weight (intermittent or continuous) (rule MAT-9)." },
        { () => _ = new ManualHandling(Id), "ManualHandling.WeightKg", "ManualHandling.WeightKg: the weight or the physician's judgement must be given (rule MAT-9)." },
        { () => _ = new BiologicalExposure(Id, BiologicalAgent.Hiv), "BiologicalExposure.BloodOrBodyFluidContact", "BiologicalExposure.BloodOrBodyFluidContact: must be given for Hiv (rule MAT-8)." },
        { () => _ = new BiologicalExposure(Id, BiologicalAgent.Tuberculosis), "BiologicalExposure.PhysicianJudgement", "BiologicalExposure.PhysicianJudgement: must be given for Tuberculosis (rule MAT-8)." },
        { () => _ = new PhysicianTierOverride(RiskTier.Tier2, " "), "PhysicianTierOverride.Reason", "PhysicianTierOverride.Reason: must not be empty (rule MAT-4)." },
        { () => _ = new PhysicianFindings(Id) { SystolicMmHg = -5 }, "PhysicianFindings.SystolicMmHg", "PhysicianFindings.SystolicMmHg: must not be negative (was -5) (rule MAT-15)." },
        { () => _ = new SelfAssessment(Id, 30) { HeightCm = double.NaN }, "SelfAssessment.HeightCm", "SelfAssessment.HeightCm: must be a finite number (rule MAT-14)." },
        { () => _ = new SelfAssessment(Id, 30) { Symptoms = (Symptoms)8 }, "SelfAssessment.Symptoms", "SelfAssessment.Symptoms: contains an unknown flag (rule MAT-14)." },
        { () => _ = new NoiseExposure(" ", 80), "NoiseExposure.WorkerId", "NoiseExposure.WorkerId: must not be empty (rule MAT-3)." },
        { () => _ = new ChemicalExposure(Id, default(CasNumber)), "ChemicalExposure.CasNumber", "ChemicalExposure.CasNumber: must be parsed with CasNumber.Parse, not left default (rule MAT-5)." },
        { () => _ = new MaternalEstablishment("S-1", -1), "MaternalEstablishment.WorkerCount", "MaternalEstablishment.WorkerCount: must be between 0 and 10000000 (was -1) (rule MAT-18)." },
        { () => _ = new MaternalEstablishment(" ", 10), "MaternalEstablishment.Id", "MaternalEstablishment.Id: must not be empty (rule MAT-18)." },
        { () => _ = MaternalRiskCalculator.ProgrammeDuty(new MaternalEstablishment("S-1", 10) { CountedOn = D("2025-01-02") }, new(D("2025-01-01"))), "MaternalEstablishment.CountedOn", "MaternalEstablishment.CountedOn: must not be after the evaluation date (rule MAT-18)." },
        { () => _ = MaternalRiskCalculator.ProgrammeDuty(new MaternalEstablishment("S-1", 10) { CountedOn = D("2014-12-31") }, new(D("2025-01-01"))), "MaternalEstablishment.CountedOn", "MaternalEstablishment.CountedOn: is before the regulations took effect (2015-01-01) (rule MAT-18)." },
    };

    [Theory, Trait("Rule", "MAT-1")]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_rejected_with_a_message_naming_the_field_and_rule(Action act, string field, string message)
    {
        var ex = Assert.Throws<OshValidationException>(act);

        Assert.Equal(message, ex.Message);
        Assert.Equal(field, ex.Field);
    }

    [Fact, Trait("Rule", "MAT-9")]
    public void Classifying_a_weight_outside_the_protection_period_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => MaternalRiskCalculator.ClassifyHandlingWeight(new ManualHandling(Id, 5, HandlingMode.Intermittent), ProtectionPhase.Outside, AsOf));

        Assert.Equal("phase: the worker must be in the protection period (rule MAT-9).", ex.Message);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void The_status_never_shows_its_dates()
    {
        Assert.DoesNotContain("2025", Pregnant().ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Id, Pregnant().ToString(), StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void Null_arguments_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => MaternalRiskCalculator.PeriodOn(null!, AsOf.Date, MaternalOptions.Default));
        Assert.Throws<ArgumentNullException>(() => MaternalRiskCalculator.ClassifyNoise(null!, AsOf));
        Assert.Throws<ArgumentNullException>(() => CasNumber.Parse(null!));
    }

    [Fact, Trait("Rule", "MAT-2")]
    public void Facts_and_conclusions_never_print_the_worker_key()
    {
        var noise = new NoiseExposure("SECRET-7", 90);
        var finding = MaternalRiskCalculator.ClassifyNoise(noise, AsOf);
        var assessment = MaternalRiskCalculator.Evaluate(Pregnant("SECRET-7"), [noise], AsOf, MaternalOptions.Default)!;
        object[] all = [noise, finding, assessment, new PhysicianFindings("SECRET-7"), new SelfAssessment("SECRET-7", 30), new ContinuationRequest("SECRET-7", true, null), new MaternalFollowUp("SECRET-7")];

        Assert.All(all, o => Assert.DoesNotContain("SECRET-7", o.ToString(), StringComparison.Ordinal));
        Assert.Equal("NoiseExposure { WorkerId = <redacted>, Measures = NotTaken, TwaDba = 90 }", noise.ToString());
    }
}
