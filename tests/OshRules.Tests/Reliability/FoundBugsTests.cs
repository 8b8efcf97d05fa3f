using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Tests.Evaluation;
using OshRules.Training;

namespace OshRules.Tests.Reliability;

/// <summary>One test per bug the fuzzing found, so each fix stays fixed with an exact message.</summary>
[Trait("Category", "Reliability")]
public sealed class FoundBugsTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    [Fact]
    public void Evaluate_raises_a_rule_refusing_its_input_as_a_validation_error()
    {
        // The exam record postdates the evaluation date: a rule refuses it, as invalid input, not as OshEvaluationException.
        // (The date is the first the default families all cover: before 2023-06-21 the call itself is refused.)
        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(new DateOnly(2023, 7, 1), WorkerWithALaterExam()));

        Assert.Equal("ExamRecord.Date: must not be after the evaluation date (rule HC-1).", ex.Message);
    }

    [Fact]
    public void EvaluateMany_reports_a_rule_refusing_its_input_as_invalid_input()
    {
        var result = Rules.EvaluateMany(new DateOnly(2023, 7, 1), [OshCase.Of("1", WorkerWithALaterExam())]).Single();

        Assert.Equal(new CaseError(CaseErrorKind.InvalidInput, "ExamRecord.Date", "HC-1", "ExamRecord.Date: must not be after the evaluation date (rule HC-1).")
        {
            ExceptionType = "OshRules.Law.OshValidationException",
        }, result.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_key_with_an_unpaired_surrogate_is_refused(int example)
    {
        // Built in code: an attribute's strings are stored as UTF-8, where a lone surrogate cannot be kept.
        var key = new[] { "W\uD800", "\uDC00W", "W\uDC00\uD800" }[example];

        // Found by the JSON round-trip property: such a key was accepted, and JSON wrote U+FFFD in its place, so the
        // result read back named another worker.
        var ex = Assert.Throws<OshValidationException>(() => new Worker(key, new DateOnly(1990, 1, 1), Sex.Female, new DateOnly(2020, 1, 1)));

        Assert.Equal("Worker.Id: must be well-formed Unicode text (it has an unpaired surrogate) (rule worker identity).", ex.Message);
    }

    [Fact]
    public void A_key_with_a_surrogate_pair_is_accepted_and_reads_back_from_json()
    {
        var worker = new Worker("W-\U0001F600", new DateOnly(1990, 1, 1), Sex.Female, new DateOnly(2020, 1, 1));
        var result = Rules.Evaluate(EvaluationFixtures.AsOf, [worker]);

        Assert.Equal(result, OshJson.DeserializeResult(OshJson.Serialize(result)));
    }

    [Fact]
    public void Free_text_with_an_unpaired_surrogate_is_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() => new Worker("W-1", new DateOnly(1990, 1, 1), Sex.Female) { Unit = "\uD800" });

        Assert.Equal("Worker.Unit", ex.Field);
    }

    [Fact]
    public void The_exam_for_measured_work_refuses_bad_exams_even_when_the_measurements_imply_no_work()
    {
        // With no measurements to imply work it returned null before looking at the exams: a null exam was accepted.
        var worker = new Worker("W-1", new DateOnly(1980, 1, 1), Sex.Male, new DateOnly(2000, 1, 1));
        var asOf = new EvaluationDate(new DateOnly(2026, 12, 3));
        var deciding = HealthExamCalculator.ClassifyNoise(new NoiseMeasurement("W-1", new DateOnly(2026, 1, 1), 80), asOf);

        var ex = Assert.Throws<OshValidationException>(() => HealthExamCalculator.NextSpecialExam(worker, deciding, [], [null!], asOf, HealthExamOptions.Default));

        Assert.Equal("exams: must not contain a null element (rule HC-4).", ex.Message);
    }

    [Fact]
    public void An_EvaluationDate_among_the_facts_is_refused()
    {
        var facts = EvaluationFixtures.WorkerTouchingAllFamilies().Append(new EvaluationDate(new DateOnly(2016, 7, 15)));

        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(EvaluationFixtures.AsOf, facts));

        Assert.Equal("facts: must not contain an EvaluationDate: the date is the asOf argument (rule evaluation date).", ex.Message);
    }

    [Fact]
    public void Two_questionnaires_of_one_worker_in_a_case_are_refused()
    {
        var facts = EvaluationFixtures.WorkerTouchingAllFamilies().Append(new NmqQuestionnaire("W-001", new DateOnly(2025, 4, 1), hasDiscomfort: false));

        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(EvaluationFixtures.AsOf, facts));

        Assert.Equal("NmqQuestionnaire.WorkerId: must be unique: one questionnaire per worker (rule NMQ-1).", ex.Message);
    }

    [Fact]
    public void Two_records_of_one_establishment_are_refused()
    {
        object[] facts = [new ErgonomicsEstablishment("E-1", 120), new ErgonomicsEstablishment("E-1", 80)];

        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(EvaluationFixtures.AsOf, facts));

        Assert.Equal("ErgonomicsEstablishment.Id: must be unique: one record per establishment (rule NMQ-7).", ex.Message);
    }

    [Fact]
    public void Age_on_a_date_past_the_supported_range_is_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() => CivilCode.AgeOn(new DateOnly(1980, 1, 1), DateOnly.MaxValue));

        Assert.Equal("date: must lie between 1900-01-01 and 2199-12-31 (rule 民法 §124).", ex.Message);
    }

    [Fact]
    public void A_dated_parameter_refuses_a_date_past_the_supported_range()
    {
        var ex = Assert.Throws<OshValidationException>(() => TrainingObligationCalculator.RecordsKeptUntil(DateOnly.MaxValue));

        Assert.Equal("date", ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Working_days_outside_1_to_2600_are_refused(int days)
    {
        var ex = Assert.Throws<OshValidationException>(() => OshCardCalculator.WorkingDaysAfter(new DateOnly(2026, 11, 20), days, WeekendsOnlyCalendar.Instance));

        Assert.Equal($"workingDays: must be between 1 and 2600 (was {days}) (rule EDU-8).", ex.Message);
    }

    [Fact]
    public void Working_days_from_the_last_representable_day_are_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() => OshCardCalculator.WorkingDaysAfter(DateOnly.MaxValue, 3, WeekendsOnlyCalendar.Instance));

        Assert.Equal("day", ex.Field);
    }

    [Fact]
    public void Holiday_outside_the_supported_range_is_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() => new HolidayCalendar([DateOnly.MinValue]));

        Assert.Equal("HolidayCalendar.Holidays", ex.Field);
    }

    [Fact]
    public void Table2_refuses_a_business_trip_count_that_would_overflow_the_total()
    {
        var ex = Assert.Throws<OshValidationException>(() => NmqStatistics.Table2([], onBusinessTrip: int.MaxValue));

        Assert.Equal("onBusinessTrip: must be between 0 and 10000000 (was 2147483647) (rule NMQ-5).", ex.Message);
    }

    [Fact]
    public void Overall_tier_refuses_a_null_finding()
    {
        var ex = Assert.Throws<OshValidationException>(() => MaternalRiskCalculator.OverallTier([null!]));

        Assert.Equal("findings: must not contain a null element (rule MAT-2).", ex.Message);
    }

    [Fact]
    public void Actions_refuse_unknown_fitness_reason_bits()
    {
        var ex = Assert.Throws<OshValidationException>(() => MaternalRiskCalculator.ActionsFor(RiskTier.Tier1, (FitnessAssessmentReasons)(-1)));

        Assert.Equal("fitness: is not a known combination of FitnessAssessmentReasons codes (rule MAT-12).", ex.Message);
    }

    [Fact]
    public void Continuation_refuses_an_unknown_tier()
    {
        var ex = Assert.Throws<OshValidationException>(() => MaternalRiskCalculator.ContinuationFor((RiskTier)99, null));

        Assert.Equal("tier", ex.Field);
    }

    [Fact]
    public void Platform_hours_refuse_an_unknown_in_service_item()
    {
        var ex = Assert.Throws<OshValidationException>(() => TrainingObligationCalculator.PlatformHoursOffsetInService((InServiceItem)(-1)));

        Assert.Equal("InServiceItem", ex.Field);
    }

    [Fact]
    public void Physician_override_does_not_print_its_free_text_reason()
    {
        var text = new PhysicianTierOverride(RiskTier.Tier2, "王小明 has anaemia").ToString();

        Assert.Equal("PhysicianTierOverride { Tier = Tier2, Reason = <redacted> }", text);
    }

    [Fact]
    public void Hire_exam_exemption_refuses_a_null_exam_record()
    {
        var worker = new Worker("W-1", new DateOnly(1990, 1, 1), Sex.Male, new DateOnly(2026, 1, 5));

        var ex = Assert.Throws<OshValidationException>(() => HealthExamCalculator.HireExamExemption(worker, [null!], null, new EvaluationDate(EvaluationFixtures.AsOf)));

        Assert.Equal("exams: must not contain a null element (rule HC-1).", ex.Message);
    }

    [Fact]
    public void Unknown_protection_measure_bits_are_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() => new NoiseExposure("W-1", 90) { Measures = (ProtectionMeasures)1001 });

        Assert.Equal("NoiseExposure.Measures: is not a known combination of ProtectionMeasures codes (rule MAT-11).", ex.Message);
    }

    [Fact]
    public void Unknown_health_exam_policies_are_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() => HealthExamOptions.Default with { Counting = (DueDateCounting)99 });

        Assert.Equal("HealthExamOptions.Counting: is not a known DueDateCounting code (rule options).", ex.Message);
    }

    [Fact]
    public void Free_text_of_a_worker_is_bounded()
    {
        var worker = new Worker("W-1", new DateOnly(1990, 1, 1), Sex.Male);

        var ex = Assert.Throws<OshValidationException>(() => worker with { JobTitle = new string('x', 10_000) });

        Assert.Equal("Worker.JobTitle: must be at most 200 characters (rule worker identity).", ex.Message);
    }

    [Fact]
    public void Free_text_of_the_nmq_basic_data_is_bounded()
    {
        var ex = Assert.Throws<OshValidationException>(() => new NmqBasicData { JobContent = new string('x', 2_001) });

        Assert.Equal("NmqBasicData.JobContent: must be at most 2000 characters (rule NMQ-1).", ex.Message);
    }

    [Fact]
    public void A_hand_built_replay_state_refuses_negative_counts()
    {
        var state = ExamAttemptReplay.Replay(
            new Course("C-1", CourseLanguage.Chinese, 1m, 2, 1m),
            new CourseProgress("W-1", "C-1", [new ReadingSession(new DateOnly(2026, 10, 5), 1m, [1, 2])]),
            EvaluationFixtures.AsOf);

        var ex = Assert.Throws<OshValidationException>(() => state with { AttemptsUsed = int.MinValue });

        Assert.Equal("ExamReplayState.AttemptsUsed: must be between 0 and 1000 (was -2147483648) (rule EDU-4).", ex.Message);
    }

    // A worker whose one exam record postdates 2023-07-01: a single fact a rule refuses (with several, which rule
    // refuses first depends on the order the rules fire).
    private static object[] WorkerWithALaterExam() =>
    [
        new Worker("W-001", new DateOnly(1986, 11, 24), Sex.Female, new DateOnly(2015, 8, 1)),
        new ExamRecord("W-001", ExamKind.PeriodicGeneral, new DateOnly(2023, 11, 1)),
    ];
}
