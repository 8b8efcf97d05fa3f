using OshRules.Common;
using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed class FormsTests
{
    [Fact, Trait("Rule", "MAT-13")]
    public void The_checklist_has_45_items_in_6_groups()
    {
        Assert.Equal(45, WorkplaceHazardChecklist.Items.Length);
        Assert.Equal(
            new[] { 13, 6, 4, 7, 7, 8 },
            Enum.GetValues<ChecklistGroup>().Select(WorkplaceHazardChecklist.CountIn));
        Assert.Equal(45, WorkplaceHazardChecklist.Items.Select(i => i.Key).Distinct().Count());
    }

    [Fact, Trait("Rule", "MAT-13")]
    public void Checklist_answers_count_yes_and_may_affect_as_hazards()
    {
        var response = new ChecklistResponse(Id, new Dictionary<string, ChecklistAnswer>
        {
            ["Physical-5"] = ChecklistAnswer.Yes,
            ["Physical-6"] = ChecklistAnswer.MayAffect,
            ["Physical-7"] = ChecklistAnswer.No,
            ["WorkStress-1"] = ChecklistAnswer.Yes,
        });

        Assert.Equal(2, response.HazardCount(ChecklistGroup.Physical));
        Assert.Equal(1, response.HazardCount(ChecklistGroup.WorkStress));
        Assert.Equal(0, response.HazardCount(ChecklistGroup.Chemical));
        Assert.Equal(ChecklistAnswer.No, response.AnswerFor(WorkplaceHazardChecklist.Find(ChecklistGroup.Other, 8)!));
    }

    [Fact, Trait("Rule", "MAT-13")]
    public void An_unknown_checklist_item_is_rejected()
    {
        var ex = Assert.Throws<Law.OshValidationException>(() => new ChecklistResponse(Id, new Dictionary<string, ChecklistAnswer> { ["Physical-14"] = ChecklistAnswer.Yes }));

        Assert.Equal("ChecklistResponse.Answers: names an item that is not in 附表一 (rule MAT-13).", ex.Message);
    }

    [Theory, Trait("Rule", "MAT-14")]
    [InlineData(17, true)]
    [InlineData(18, false)]
    [InlineData(40, false)]
    [InlineData(41, true)]
    public void Self_assessment_flags_age_under_18_or_over_40(int age, bool flagged)
    {
        var flags = MaternalRiskCalculator.SelfAssessmentFlagsOf(new SelfAssessment(Id, age), AsOf.Date);

        Assert.Equal(flagged, flags.HasFlag(SelfAssessmentFlags.Age));
    }

    [Theory, Trait("Rule", "MAT-14")]
    [InlineData(44.9, 160, true)]
    [InlineData(45, 160, false)]
    [InlineData(50, 149.9, true)]
    [InlineData(50, 150, false)]
    public void Self_assessment_flags_weight_under_45_or_height_under_150(double weight, double height, bool flagged)
    {
        var form = new SelfAssessment(Id, 30) { PrePregnancyWeightKg = weight, HeightCm = height };

        Assert.Equal(flagged, MaternalRiskCalculator.SelfAssessmentFlagsOf(form, AsOf.Date).HasFlag(SelfAssessmentFlags.BodySize));
    }

    [Fact, Trait("Rule", "MAT-14")]
    public void Self_assessment_flags_habits_history_mind_and_symptoms()
    {
        var form = new SelfAssessment(Id, 30)
        {
            Smoking = true, Alcohol = true, Medication = true, NoRegularPrenatalChecks = true, MultiplePregnancy = true,
            History = MedicalHistory.G6pdDeficiency, MentalHealth = MentalHealth.Insomnia, Symptoms = Symptoms.Cramps,
        };

        Assert.Equal(
            SelfAssessmentFlags.Smoking | SelfAssessmentFlags.Alcohol | SelfAssessmentFlags.Medication | SelfAssessmentFlags.NoRegularPrenatalChecks
                | SelfAssessmentFlags.MultiplePregnancy | SelfAssessmentFlags.MedicalHistory | SelfAssessmentFlags.MentalHealth | SelfAssessmentFlags.Symptoms,
            MaternalRiskCalculator.SelfAssessmentFlagsOf(form, AsOf.Date));
    }

    public static TheoryData<PhysicianFindings, PhysicianFindingFlags> PhysicianCases => new()
    {
        { new PhysicianFindings(Id) { HaemoglobinGramsPerDecilitre = 11.9 }, PhysicianFindingFlags.Anaemia },
        { new PhysicianFindings(Id) { HaemoglobinGramsPerDecilitre = 12 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { ProteinuriaMilligramsPer24Hours = 300 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { ProteinuriaMilligramsPer24Hours = 301 }, PhysicianFindingFlags.Proteinuria },
        { new PhysicianFindings(Id) { SystolicMmHg = 140, DiastolicMmHg = 90 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { SystolicMmHg = 141, DiastolicMmHg = 80 }, PhysicianFindingFlags.Hypertension },
        { new PhysicianFindings(Id) { SystolicMmHg = 120, DiastolicMmHg = 91 }, PhysicianFindingFlags.Hypertension },
        { new PhysicianFindings(Id) { SystolicMmHg = 129, EarlySystolicMmHg = 100 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { SystolicMmHg = 130, EarlySystolicMmHg = 100 }, PhysicianFindingFlags.Hypertension },
        { new PhysicianFindings(Id) { DiastolicMmHg = 84, EarlyDiastolicMmHg = 70 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { DiastolicMmHg = 85, EarlyDiastolicMmHg = 70 }, PhysicianFindingFlags.Hypertension },
        { new PhysicianFindings(Id) { ContractionsPerHour = 4 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { ContractionsPerHour = 5 }, PhysicianFindingFlags.FrequentContractions },
        { new PhysicianFindings(Id) { GestationWeeks = 37, FetalWeightGrams = 2400 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { GestationWeeks = 38, FetalWeightGrams = 2500 }, PhysicianFindingFlags.FetalGrowthRestriction },
        { new PhysicianFindings(Id) { GestationWeeks = 38, FetalWeightGrams = 2501 }, PhysicianFindingFlags.None },
        { new PhysicianFindings(Id) { GestationWeeks = 21.9, ThreatenedLabour = true }, PhysicianFindingFlags.ThreatenedAbortion },
        { new PhysicianFindings(Id) { GestationWeeks = 22, ThreatenedLabour = true }, PhysicianFindingFlags.ThreatenedPretermLabour },
    };

    [Theory, Trait("Rule", "MAT-15")]
    [MemberData(nameof(PhysicianCases))]
    public void Physician_findings_flag_risk_at_their_boundaries(PhysicianFindings form, PhysicianFindingFlags expected)
    {
        Assert.Equal(expected, MaternalRiskCalculator.PhysicianFlags(form, AsOf.Date));
    }

    [Fact, Trait("Rule", "MAT-16")]
    public void Appendix_1_lists_20_substances_with_valid_CAS_numbers()
    {
        Assert.Equal(20, ReproductiveToxicants.All.Length);
        Assert.Equal(Enumerable.Range(1, 20), ReproductiveToxicants.All.Select(t => t.Number));
        Assert.All(ReproductiveToxicants.All, t => Assert.True(CasNumber.TryParse(t.Cas.Value, out _)));
    }

    [Theory, Trait("Rule", "MAT-16")]
    [InlineData("109-86-4", ChemicalHazardClasses.ReproductiveToxicantCategory1)]
    [InlineData("7718-54-9", ChemicalHazardClasses.ReproductiveToxicantCategory1 | ChemicalHazardClasses.GermCellMutagenCategory2)]
    [InlineData("756-79-6", ChemicalHazardClasses.GermCellMutagenCategory1 | ChemicalHazardClasses.ReproductiveToxicantCategory2)]
    [InlineData("10043-35-3", ChemicalHazardClasses.ReproductiveToxicantCategory1)]
    public void Appendix_1_looks_up_classes_by_CAS_number(string cas, ChemicalHazardClasses expected)
    {
        Assert.Equal(expected, ReproductiveToxicants.Find(CasNumber.Parse(cas))!.Classes);
    }

    [Fact, Trait("Rule", "MAT-16")]
    public void A_CAS_number_not_in_appendix_1_is_not_found()
    {
        Assert.Null(ReproductiveToxicants.Find(CasNumber.Parse("7732-18-5")));   // water
    }

    [Theory, Trait("Rule", "MAT-16")]
    [InlineData("109-86-5", "CasNumber: has a wrong check digit (rule MAT-16).")]
    [InlineData("109864", "CasNumber: must have the form NNNNNNN-NN-N (2–7 digits, 2 digits, 1 check digit) (rule MAT-16).")]
    public void A_bad_CAS_number_is_rejected_naming_the_field(string text, string message)
    {
        var ex = Assert.Throws<Law.OshValidationException>(() => CasNumber.Parse(text));

        Assert.Equal(message, ex.Message);
        Assert.Equal("CasNumber", ex.Field);
    }

    [Fact, Trait("Rule", "MAT-17")]
    public void Records_are_kept_at_least_three_years()
    {
        Assert.Equal(D("2028-03-01"), MaternalRiskCalculator.RecordsKeptUntil(D("2025-03-01")));
        Assert.Equal(D("2028-02-29"), MaternalRiskCalculator.RecordsKeptUntil(D("2025-02-28")));   // the Civil Code ends at the month's end
    }

    [Fact, Trait("Rule", "MAT-17")]
    public void The_execution_record_counts_women_pregnancies_interviews_and_adjustments()
    {
        Worker[] workers =
        [
            new("A", D("1995-05-01"), Sex.Female),
            new("B", D("1990-01-01"), Sex.Female),
            new("C", D("1975-03-01"), Sex.Female),   // turns 50 on the day: not 15–49
            new("D", D("2010-03-02"), Sex.Female),   // 14 on the day
            new("E", D("1985-01-01"), Sex.Male),
        ];
        var a = MaternalRiskCalculator.Evaluate(Pregnant("A"), [new NoiseExposure("A", 82)], AsOf, MaternalOptions.Default)!;
        var b = MaternalRiskCalculator.Evaluate(Delivered(D("2025-01-15"), breastfeeding: true, id: "B"), [new NoiseExposure("B", 90)], AsOf, MaternalOptions.Default)!;
        MaternalFollowUp[] followUps = [new("A", D("2025-02-20"), WorkAdjustments.ReducedHours), new("B", null, WorkAdjustments.ChangedWork | WorkAdjustments.Leave)];
        var checklist = new ChecklistResponse("A", new Dictionary<string, ChecklistAnswer> { ["Physical-5"] = ChecklistAnswer.Yes });

        var record = MaternalRiskCalculator.ExecutionRecord(AsOf.Date, workers, [a, b], followUps, [checklist]);

        Assert.Equal(4, record.Women);
        Assert.Equal(2, record.WomenOfReproductiveAge);
        Assert.Equal(1, record.Pregnant);
        Assert.Equal(1, record.Breastfeeding);
        Assert.Equal((2, 1, 1), (record.PhysicianInterviewsNeeded, record.PhysicianInterviewsDone, record.PhysicianInterviewsPending));
        Assert.Equal(1, record.FitnessAssessmentsNeeded);
        Assert.Equal((1, 1, 1, 0), (record.ReducedHours, record.ChangedWork, record.Leave, record.OtherAdjustments));
        Assert.Equal(1, record.HazardItems[ChecklistGroup.Physical]);
        Assert.Equal((0, 1, 1), (record.Tiers[RiskTier.Tier1], record.Tiers[RiskTier.Tier2], record.Tiers[RiskTier.Tier3]));
        Assert.Contains(record.Basis, c => c.Article == 14);
    }

    [Theory, Trait("Rule", "MAT-18")]
    [InlineData("2021-02-28", 299, false)]
    [InlineData("2021-02-28", 300, true)]
    [InlineData("2021-03-01", 99, false)]
    [InlineData("2021-03-01", 100, true)]
    [InlineData("2024-06-30", 50, false)]
    [InlineData("2024-06-30", 100, true)]
    [InlineData("2024-07-01", 49, false)]
    [InlineData("2024-07-01", 50, true)]
    public void The_programme_threshold_moved_from_300_to_100_to_50_workers(string date, int workforce, bool required)
    {
        var duty = MaternalRiskCalculator.ProgrammeDuty(new MaternalEstablishment("S-1", workforce), new EvaluationDate(D(date)));

        Assert.Equal(required, duty.IsRequired);
        Assert.Equal(5, Assert.Single(duty.Basis).Article);
        Assert.Equal(duty.Threshold.EffectiveFrom, duty.Basis[0].Version!.Value.EffectiveFrom);
    }

    [Fact, Trait("Rule", "MAT-18")]
    public void Maternal_programme_threshold_is_100_workers_before_2024_07_01()
    {
        Assert.Equal(100, MaternalRiskCalculator.ProgrammeDuty(new MaternalEstablishment("S-1", 10), new EvaluationDate(D("2024-06-30"))).Threshold.Value);
        Assert.Equal(50, MaternalRiskCalculator.ProgrammeDuty(new MaternalEstablishment("S-1", 10), new EvaluationDate(D("2024-07-01"))).Threshold.Value);
    }
}
