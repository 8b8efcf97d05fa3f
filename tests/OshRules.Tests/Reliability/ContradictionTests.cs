using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Tests.Evaluation;
using OshRules.Training;

namespace OshRules.Tests.Reliability;

/// <summary>
/// Contradictions and orphans are refused: two different facts that must be unique for a worker, or a fact naming a
/// worker the case does not contain, make the case invalid with the field named, never a conclusion.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ContradictionTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private static readonly Worker E001 = new("E-001", new DateOnly(1961, 11, 23), Sex.Male, new DateOnly(2010, 3, 1));
    private static readonly ExamRecord E001Exam = new("E-001", ExamKind.PeriodicGeneral, new DateOnly(2025, 11, 1));

    [Fact]
    public void Two_different_workers_under_one_key_are_refused()
    {
        // Once: two due dates, IsValid = true, and Get<PeriodicGeneralExamDue>() threw InvalidOperationException.
        var other = new Worker("E-001", new DateOnly(1971, 11, 23), Sex.Male, new DateOnly(2010, 3, 1));

        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(AsOf, [E001, other, E001Exam]));

        Assert.Equal("Worker.Id: must be unique: one Worker per worker key (rule worker identity).", ex.Message);
    }

    [Fact]
    public void The_same_worker_given_twice_counts_once()
    {
        var twice = Rules.Evaluate(AsOf, [E001, new Worker("E-001", E001.BirthDate, E001.Sex, E001.HireDate), E001Exam]);
        var once = Rules.Evaluate(AsOf, [E001, E001Exam]);

        Assert.Equal(once.Conclusions.Select(c => c.ToString()), twice.Conclusions.Select(c => c.ToString()));
        Assert.NotNull(twice.Get<PeriodicGeneralExamDue>());
    }

    [Fact]
    public void An_exam_record_of_a_worker_the_case_does_not_contain_is_refused()
    {
        // Once: ignored, and E-001 was told to take a hiring exam.
        var ex = Assert.Throws<OshValidationException>(() =>
            Rules.Evaluate(AsOf, [E001, new ExamRecord("GHOST", ExamKind.PeriodicGeneral, new DateOnly(2025, 11, 1))]));

        Assert.Equal("ExamRecord.WorkerId: names a worker the case does not contain (rule case facts).", ex.Message);
    }

    [Fact]
    public void In_a_roster_a_contradiction_or_an_orphan_is_that_cases_error()
    {
        OshCase[] cases =
        [
            OshCase.Of("dup", [E001, new Worker("E-001", new DateOnly(1971, 11, 23), Sex.Male)]),
            OshCase.Of("ghost", [E001, new NoiseExposure("GHOST", 90)]),
            OshCase.Of("fine", [E001, E001Exam]),
        ];

        var results = Rules.EvaluateMany(AsOf, cases).ToList();

        Assert.Equal(("Worker.Id", CaseErrorKind.InvalidInput), (results[0].Error!.Field, results[0].Error!.Kind));
        Assert.Equal(("NoiseExposure.WorkerId", CaseErrorKind.InvalidInput), (results[1].Error!.Field, results[1].Error!.Kind));
        Assert.True(results[2].IsValid);
    }

    [Fact]
    public void Without_a_worker_the_subject_facts_name_the_workers_and_a_dependent_fact_must_name_one_of_them()
    {
        var status = new MaternalStatus("M-1", employerNotifiedOn: new DateOnly(2026, 9, 1), pregnantSince: new DateOnly(2026, 7, 20));

        var fine = Rules.Evaluate(AsOf, [status, new NoiseExposure("M-1", 90)]);
        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(AsOf, [status, new NoiseExposure("M-2", 90)]));

        Assert.NotEmpty(fine.Conclusions);
        Assert.Equal("NoiseExposure.WorkerId: names a worker the case does not contain (rule case facts).", ex.Message);
    }

    [Fact]
    public void With_a_worker_a_subject_fact_of_another_worker_is_refused()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            Rules.Evaluate(AsOf, [E001, new NmqQuestionnaire("E-002", new DateOnly(2026, 4, 1), hasDiscomfort: false)]));

        Assert.Equal("NmqQuestionnaire.WorkerId: names a worker the case does not contain (rule case facts).", ex.Message);
    }

    [Fact]
    public void Course_progress_for_a_course_the_case_does_not_contain_is_refused()
    {
        var progress = new CourseProgress("T-1", "GEN-ZH-9", [new ExamAttempt(new DateOnly(2026, 10, 1), 90)]);

        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(AsOf, [progress]));

        Assert.Equal("CourseProgress.CourseId: names a course the case does not contain (rule case facts).", ex.Message);
    }

    /// <summary>Each fact type that must be unique: two that differ make the case invalid, with this message.</summary>
    public static TheoryData<string, object[], string> UniqueFacts()
    {
        var course = new Course("C-1", CourseLanguage.Chinese, 1m, 2, 1m);
        var day = new DateOnly(2026, 10, 1);
        var status = new MaternalStatus("M-1", employerNotifiedOn: new DateOnly(2026, 9, 1), pregnantSince: new DateOnly(2026, 7, 20));
        return new TheoryData<string, object[], string>
        {
            { "hiring exemption", [E001, new HiringExemption("E-001", HiringExemptionReason.TemporaryOrShortTermWork, new DateOnly(2026, 12, 1)), new HiringExemption("E-001", HiringExemptionReason.TemporaryOrShortTermWork, new DateOnly(2027, 1, 1))], "HiringExemption.WorkerId: must be unique: one hiring exemption claim per worker (rule HC-1)." },
            { "questionnaire", [E001, new NmqQuestionnaire("E-001", day, false), new NmqQuestionnaire("E-001", day.AddDays(1), false)], "NmqQuestionnaire.WorkerId: must be unique: one questionnaire per worker (rule NMQ-1)." },
            { "signals", [new HealthRoomSignals("E-001") { DiagnosedDisease = true }, new HealthRoomSignals("E-001") { AbnormalResignation = true }], "HealthRoomSignals.WorkerId: must be unique: one signal record per worker (rule NMQ-3)." },
            { "improvement outcome", [E001, new SimpleImprovementOutcome("E-001", day, ImprovementResult.Resolved), new SimpleImprovementOutcome("E-001", day, ImprovementResult.NotResolved)], "SimpleImprovementOutcome.WorkerId: must be unique: one simple-improvement outcome per worker (rule NMQ-4)." },
            { "establishment", [new ErgonomicsEstablishment("E-1", 120), new ErgonomicsEstablishment("E-1", 80)], "ErgonomicsEstablishment.Id: must be unique: one record per establishment (rule NMQ-7)." },
            { "maternal status", [status, status with { }, new MaternalStatus("M-1", pregnantSince: new DateOnly(2026, 6, 1))], "MaternalStatus.WorkerId: must be unique: one maternal status per worker (rule MAT-1)." },
            { "continuation request", [status, new ContinuationRequest("M-1", true, day), new ContinuationRequest("M-1", false, null)], "ContinuationRequest.WorkerId: must be unique: one continuation request per worker (rule MAT-12)." },
            { "physician findings", [status, new PhysicianFindings("M-1") { SystolicMmHg = 120 }, new PhysicianFindings("M-1") { SystolicMmHg = 150 }], "PhysicianFindings.WorkerId: must be unique: one physician's findings form per worker (rule MAT-15)." },
            { "self-assessment", [status, new SelfAssessment("M-1", 30), new SelfAssessment("M-1", 31)], "SelfAssessment.WorkerId: must be unique: one self-assessment form per worker (rule MAT-14)." },
            { "follow-up", [status, new MaternalFollowUp("M-1", day), new MaternalFollowUp("M-1", day.AddDays(1))], "MaternalFollowUp.WorkerId: must be unique: one follow-up record per worker (rule MAT-17)." },
            { "checklist", [status, new ChecklistResponse("M-1", new Dictionary<string, ChecklistAnswer>()), new ChecklistResponse("M-1", new Dictionary<string, ChecklistAnswer> { [WorkplaceHazardChecklist.Items[0].Key] = ChecklistAnswer.Yes })], "ChecklistResponse.WorkerId: must be unique: one workplace checklist per worker (rule MAT-13)." },
            { "course", [course, new Course("C-1", CourseLanguage.Chinese, 2m, 2, 1m)], "Course.Id: must be unique: one course per course key (rule EDU-1)." },
            { "course progress", [course, new CourseProgress("T-1", "C-1", [new ExamAttempt(day, 50)]), new CourseProgress("T-1", "C-1", [new ExamAttempt(day, 90)])], "CourseProgress.CourseId: must be unique: one progress record per worker and course (rule EDU-1)." },
            { "training profile", [new TrainingProfile("T-1", InServiceItem.FirstAider, new DateOnly(2024, 1, 2)), new TrainingProfile("T-1", InServiceItem.FirstAider, new DateOnly(2025, 1, 2))], "TrainingProfile.Item: must be unique: one profile per worker and in-service item (rule EDU-9)." },
            { "OSH card", [new OshCardStatus("T-1", OshCardState.Held), new OshCardStatus("T-1", OshCardState.None)], "OshCardStatus.WorkerId: must be unique: one OSH card status per worker (rule EDU-8)." },
            { "training record", [new TrainingProfile("T-1", InServiceItem.FirstAider, new DateOnly(2024, 1, 2)), new TrainingRecord("T-1", day, 3m, TrainingPurpose.InService, TrainingDelivery.InPerson) { RecordId = "R-1" }, new TrainingRecord("T-1", day, 6m, TrainingPurpose.InService, TrainingDelivery.InPerson) { RecordId = "R-1" }], "TrainingRecord.RecordId: must be unique: one training record per worker and record key (rule EDU-9)." },
        };
    }

    [Theory]
    [MemberData(nameof(UniqueFacts))]
    public void Two_different_facts_that_must_be_unique_are_refused(string what, object[] facts, string message)
    {
        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(AsOf, facts));

        Assert.True(message == ex.Message, $"{what}: {ex.Message}");
    }

    [Fact]
    public void Facts_that_may_repeat_are_accepted_for_one_worker()
    {
        var day = new DateOnly(2026, 10, 1);
        object[] facts =
        [
            E001,
            E001Exam,
            new ExamRecord("E-001", ExamKind.PeriodicGeneral, new DateOnly(2024, 11, 1)),
            new NoiseMeasurement("E-001", day, 80),
            new NoiseMeasurement("E-001", day.AddDays(-30), 86),
            new TrainingProfile("E-001", InServiceItem.FirstAider, new DateOnly(2024, 1, 2)),
            new TrainingProfile("E-001", InServiceItem.GeneralWorker, new DateOnly(2024, 1, 2)),
            new TrainingRecord("E-001", day, 3m, TrainingPurpose.InService, TrainingDelivery.InPerson),
            new TrainingRecord("E-001", day.AddDays(-1), 3m, TrainingPurpose.InService, TrainingDelivery.InPerson),
        ];

        var result = Rules.Evaluate(AsOf, facts);

        Assert.Equal(2, result.All<ExamRecordRetention>().Count);
    }

    [Fact]
    public void A_worker_may_hold_at_most_the_bound_of_facts_of_one_kind()
    {
        var exams = Enumerable.Range(0, OshCase.MaxFactsPerWorkerAndKind + 1)
            .Select(i => (object)new ExamRecord("E-001", ExamKind.PeriodicGeneral, AsOf.AddDays(-i)))
            .Prepend(E001).ToList();

        var ex = Assert.Throws<OshValidationException>(() => Rules.Evaluate(AsOf, exams));
        var atTheBound = Rules.Evaluate(AsOf, exams.Take(OshCase.MaxFactsPerWorkerAndKind + 1));

        Assert.Equal("ExamRecord.WorkerId: must be at most 1000 facts of one kind per worker (rule case facts).", ex.Message);
        Assert.Equal(OshCase.MaxFactsPerWorkerAndKind, atTheBound.All<ExamRecordRetention>().Count);
    }

    [Fact]
    public void The_all_family_fixture_is_one_consistent_worker()
    {
        Assert.True(Rules.Evaluate(EvaluationFixtures.AsOf, EvaluationFixtures.WorkerTouchingAllFamilies()).IsValid);
    }
}
