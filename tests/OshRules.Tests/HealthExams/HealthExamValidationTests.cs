using OshRules.Common;
using OshRules.HealthExams;
using OshRules.Law;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class HealthExamValidationTests
{
    private static void AssertInvalid(Action act, string field, string message)
    {
        var e = Assert.Throws<OshValidationException>(act);
        Assert.Equal(field, e.Field);
        Assert.Equal(message, e.Message);
        Assert.DoesNotContain(WorkerId, e.Message, StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void Birth_date_after_the_hire_date_is_rejected() =>
        AssertInvalid(() => Worker("1990-05-02", "1990-05-01"), "Worker.HireDate", "Worker.HireDate: must not be before the birth date (rule worker identity).");

    [Fact, Trait("Rule", "HC-2")]
    public void Exam_dated_after_the_evaluation_date_is_rejected() =>
        AssertInvalid(
            () => HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01"), [General("2026-11-24")], AsOf("2026-11-23"), HealthExamOptions.Default),
            "ExamRecord.Date",
            "ExamRecord.Date: must not be after the evaluation date (rule HC-2).");

    [Fact, Trait("Rule", "HC-2")]
    public void Exam_dated_before_the_birth_date_is_rejected() =>
        AssertInvalid(
            () => HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01"), [General("1989-12-31")], AsOf("2026-11-23"), HealthExamOptions.Default),
            "ExamRecord.Date",
            "ExamRecord.Date: must not be before the worker's birth date (rule HC-2).");

    [Fact, Trait("Rule", "HC-2")]
    public void Another_workers_exam_is_rejected() =>
        AssertInvalid(
            () => HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01"), [General("2025-01-01", id: "W-002")], AsOf("2026-11-23"), HealthExamOptions.Default),
            "ExamRecord.WorkerId",
            "ExamRecord.WorkerId: does not belong to the worker evaluated (rule HC-2).");

    [Fact, Trait("Rule", "HC-2")]
    public void Worker_not_yet_in_service_gets_no_periodic_exam() =>
        AssertInvalid(
            () => HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01", "2026-12-01"), [], AsOf("2026-11-23"), HealthExamOptions.Default),
            "Worker.HireDate",
            "Worker.HireDate: the worker is not in service on the evaluation date (rule HC-2).");

    [Fact, Trait("Rule", "HC-2")]
    public void Evaluation_before_the_encoded_text_is_rejected() =>
        AssertInvalid(
            () => HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01"), [General("2019-01-01")], AsOf("2021-12-21"), HealthExamOptions.Default),
            "date",
            "date: no value is in force before 2021-12-22 (rule HealthExam.AgeOrOverForThreeYearlyExam).");

    [Theory, Trait("Rule", "HC-6")]
    [InlineData(-0.1, "NoiseMeasurement.EightHourTwaDba: must not be negative (was -0.1) (rule HC-6).")]
    [InlineData(double.NaN, "NoiseMeasurement.EightHourTwaDba: must be a finite number (rule HC-6).")]
    [InlineData(double.PositiveInfinity, "NoiseMeasurement.EightHourTwaDba: must be a finite number (rule HC-6).")]
    public void Negative_or_NaN_noise_is_rejected(double twa, string message) =>
        AssertInvalid(() => _ = new NoiseMeasurement(WorkerId, D("2026-01-01"), twa), "NoiseMeasurement.EightHourTwaDba", message);

    [Theory, Trait("Rule", "HC-6")]
    [InlineData(-1.0, "MixtureMeasurement.SharePercent: must not be negative (was -1) (rule HC-6).")]
    [InlineData(double.NaN, "MixtureMeasurement.SharePercent: must be a finite number (rule HC-6).")]
    [InlineData(100.5, "MixtureMeasurement.SharePercent: must not exceed 100 % (rule HC-6).")]
    public void Impossible_mixture_shares_are_rejected(double share, string message) =>
        AssertInvalid(() => _ = new MixtureMeasurement(WorkerId, D("2026-01-01"), HazardAgent.Benzene, share), "MixtureMeasurement.SharePercent", message);

    [Fact, Trait("Rule", "HC-6")]
    public void A_solvent_is_not_classified_by_its_share_of_a_mixture() =>
        AssertInvalid(
            () => _ = new MixtureMeasurement(WorkerId, D("2026-01-01"), HazardAgent.NHexane, 3),
            "MixtureMeasurement.Agent",
            "MixtureMeasurement.Agent: only agents of categories 9 and 12 are classified by their share of a mixture (rule HC-6).");

    [Theory, Trait("Rule", "HC-6")]
    [InlineData("13")]
    [InlineData("0")]
    [InlineData("9.22")]
    [InlineData("2.1")]
    [InlineData("9")]
    [InlineData("noise")]
    [InlineData("")]
    public void Unknown_hazard_codes_are_rejected(string code) =>
        AssertInvalid(() => SpecialHazard.Parse(code), "SpecialHazard.Code", "SpecialHazard.Code: is not a known special hazardous work code (rule HC-6).");

    [Fact, Trait("Rule", "HC-6")]
    public void Undefined_hazard_category_is_rejected() =>
        AssertInvalid(() => _ = new SpecialHazard((HazardCategory)13), "SpecialHazard.Category", "SpecialHazard.Category: is not a known HazardCategory code (rule HC-6).");

    [Fact, Trait("Rule", "HC-6")]
    public void A_default_hazard_that_skipped_its_constructor_is_rejected() =>
        AssertInvalid(
            () => _ = new ExamRecord(WorkerId, ExamKind.SpecialPeriodic, D("2026-01-01"), default(SpecialHazard)),
            "SpecialHazard.Category",
            "SpecialHazard.Category: is not a known HazardCategory code (rule HC-6).");

    [Fact, Trait("Rule", "HC-6")]
    public void A_mixture_measurement_must_name_its_chemical() =>
        AssertInvalid(
            () => _ = new MixtureMeasurement(WorkerId, D("2026-01-01"), HazardAgent.None, 3),
            "MixtureMeasurement.Agent",
            "MixtureMeasurement.Agent: only agents of categories 9 and 12 are classified by their share of a mixture (rule HC-6).");

    [Fact, Trait("Rule", "HC-6")]
    public void Categories_8_9_and_12_need_an_agent_of_their_own()
    {
        AssertInvalid(() => _ = new SpecialHazard(HazardCategory.SpecifiedChemical), "SpecialHazard.Agent", "SpecialHazard.Agent: categories 8, 9 and 12 need an agent (rule HC-6).");
        AssertInvalid(() => _ = new SpecialHazard(HazardCategory.Designated, HazardAgent.Benzene), "SpecialHazard.Agent", "SpecialHazard.Agent: does not belong to the category (rule HC-6).");
        AssertInvalid(() => SpecialHazard.Of(HazardAgent.None), "SpecialHazard.Agent", "SpecialHazard.Agent: must name an agent (rule HC-6).");
    }

    [Fact, Trait("Rule", "HC-4")]
    public void Special_exam_without_its_hazard_is_rejected() =>
        AssertInvalid(() => _ = new ExamRecord(WorkerId, ExamKind.SpecialPeriodic, D("2026-01-01")), "ExamRecord.Hazard", "ExamRecord.Hazard: a special exam must name its hazard (rule HC-4).");

    [Fact, Trait("Rule", "HC-5")]
    public void Management_level_on_a_general_exam_is_rejected() =>
        AssertInvalid(
            () => _ = new ExamRecord(WorkerId, ExamKind.PeriodicGeneral, D("2026-01-01"), managementLevel: ManagementLevel.Level2),
            "ExamRecord.ManagementLevel",
            "ExamRecord.ManagementLevel: management levels are given after special exams only (rule HC-5).");

    [Fact, Trait("Rule", "HC-5")]
    public void Abnormal_judgement_without_a_relation_to_work_is_rejected() =>
        AssertInvalid(
            () => HealthExamCalculator.ClassifyManagementLevel(OverallJudgement.Abnormal, WorkRelation.NotApplicable),
            "WorkRelation",
            "WorkRelation: is needed for a finding judged abnormal (rule HC-5).");

    [Fact, Trait("Rule", "HC-4")]
    public void Assignment_ending_before_it_starts_is_rejected() =>
        AssertInvalid(
            () => _ = new SpecialHazardAssignment(WorkerId, Noise, D("2026-03-01"), D("2026-02-28")),
            "SpecialHazardAssignment.Until",
            "SpecialHazardAssignment.Until: must not be before the start of the work (rule HC-4).");

    [Fact, Trait("Rule", "HC-1")]
    public void Short_term_exemption_without_an_end_date_is_rejected() =>
        AssertInvalid(
            () => _ = new HiringExemption(WorkerId, HiringExemptionReason.TemporaryOrShortTermWork),
            "HiringExemption.WorkEndDate",
            "HiringExemption.WorkEndDate: temporary or short-term work needs the last day of the engagement (rule HC-1).");

    [Fact, Trait("Rule", "HC-1")]
    public void Hire_exam_needs_a_hire_date() =>
        AssertInvalid(
            () => HealthExamCalculator.HireExamRequirement(Worker("1990-01-01"), [], null, AsOf("2026-11-23")),
            "Worker.HireDate",
            "Worker.HireDate: is needed to assess the exam on hiring (rule HC-1).");

    [Fact, Trait("Rule", "HC-8")]
    public void Retention_of_a_future_exam_is_rejected() =>
        AssertInvalid(
            () => HealthExamCalculator.Retention(General("2026-12-01"), AsOf("2026-11-23")),
            "ExamRecord.Date",
            "ExamRecord.Date: must not be after the evaluation date (rule HC-8).");

    [Fact, Trait("Rule", "HC-2")]
    public void Null_arguments_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => HealthExamCalculator.NextPeriodicGeneralExam(null!, [], AsOf("2026-11-23"), HealthExamOptions.Default));
        Assert.Throws<ArgumentNullException>(() => HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01"), null!, AsOf("2026-11-23"), HealthExamOptions.Default));
        Assert.Throws<ArgumentNullException>(() => HealthExamCalculator.FollowUp((ExamRecord)null!, AsOf("2026-11-23")));
        Assert.Throws<ArgumentNullException>(() => HealthExamCalculator.FollowUp((ManagementLevelGrade)null!, AsOf("2026-11-23")));
        Assert.Throws<ArgumentNullException>(() => HealthExamCalculator.GradeManagementLevel(null!, AsOf("2026-11-23")));
        Assert.Throws<ArgumentNullException>(() => SpecialHazard.Parse(null!));
    }
}
