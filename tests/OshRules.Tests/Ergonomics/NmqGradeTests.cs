using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Law;
using static OshRules.Tests.Ergonomics.NmqSurveys;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqGradeTests
{
    [Theory, Trait("Rule", "NMQ-3")]
    [InlineData(2, NmqGradeLevel.None)]        // 2 分以下 → 無危害
    [InlineData(3, NmqGradeLevel.LightYellow)] // 3 分以上 → 疑似有危害
    public void Pain_score_2_is_no_hazard_and_3_is_suspected(int pain, NmqGradeLevel expected)
    {
        var grade = NmqCalculator.Grade(Scored("W1", (BodyRegion.LowerBack, pain, 0)), null, AsOf);

        Assert.Equal(expected, grade!.Level);
    }

    [Theory, Trait("Rule", "NMQ-3")]
    [InlineData(2, NmqGradeLevel.None)]        // pain past half range only → still 2
    [InlineData(3, NmqGradeLevel.LightYellow)] // only half range → 3
    public void Joint_range_score_2_is_no_hazard_and_3_is_suspected(int joint, NmqGradeLevel expected)
    {
        var grade = NmqCalculator.Grade(Scored("W1", (BodyRegion.RightShoulder, 0, joint)), null, AsOf);

        Assert.Equal(expected, grade!.Level);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void All_regions_at_2_is_no_hazard_kept_under_control()
    {
        var q = new NmqQuestionnaire("W1", SurveyDay, true, true, SymptomDuration.OneYear, AllRegions(2, 2));

        var grade = NmqCalculator.Grade(q, null, AsOf)!;

        Assert.Equal(NmqGradeLevel.None, grade.Level);
        Assert.Equal(NmqActions.Control, grade.Actions);
        Assert.Equal(NmqFindings.None, grade.Findings);
        Assert.True(grade.RegionsAtRisk.IsEmpty);
        Assert.False(grade.NeedsImprovement);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Suspected_grade_lists_the_regions_at_3_or_more_in_form_order()
    {
        var q = Scored("W1", (BodyRegion.RightHandWrist, 4, 1), (BodyRegion.Neck, 0, 3), (BodyRegion.LeftKnee, 2, 2));

        var grade = NmqCalculator.Grade(q, null, AsOf)!;

        Assert.Equal(NmqGradeLevel.LightYellow, grade.Level);
        Assert.Equal(new[] { BodyRegion.Neck, BodyRegion.RightHandWrist }, grade.RegionsAtRisk.AsEnumerable());
        Assert.Equal(NmqActions.HealthPromotion | NmqActions.AdministrativeImprovement, grade.Actions);
        Assert.Equal(NmqFindings.QuestionnaireRegionAtRisk, grade.Findings);
    }

    [Theory, Trait("Rule", "NMQ-1")]
    [InlineData(false, null)]
    [InlineData(true, false)]
    public void Form_ended_at_Q1_or_Q2_grades_no_hazard(bool q1, bool? q2)
    {
        var grade = NmqCalculator.Grade(new NmqQuestionnaire("W1", SurveyDay, q1, q2), null, AsOf)!;

        Assert.Equal(NmqGradeLevel.None, grade.Level);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Diagnosed_disease_is_red_with_administrative_improvement_whatever_else_applies()
    {
        var signals = new HealthRoomSignals("W1") { DiagnosedDisease = true, ReportedSuspectedCase = true, FrequentMedicalRequests = true };

        var grade = NmqCalculator.Grade(Scored("W1", (BodyRegion.UpperBack, 5, 5)), signals, AsOf)!;

        Assert.Equal(NmqGradeLevel.Red, grade.Level);
        Assert.Equal(NmqActions.AdministrativeImprovement, grade.Actions);
        Assert.Equal(
            NmqFindings.DiagnosedDisease | NmqFindings.ReportedSuspectedCase | NmqFindings.FrequentMedicalRequests | NmqFindings.QuestionnaireRegionAtRisk,
            grade.Findings);
        Assert.Equal(new[] { BodyRegion.UpperBack }, grade.RegionsAtRisk.AsEnumerable());
    }

    public static TheoryData<string, HealthRoomSignals> HazardSignals => new()
    {
        { "reported suspected case", new HealthRoomSignals("W1") { ReportedSuspectedCase = true } },
        { "frequent requests for patches", new HealthRoomSignals("W1") { FrequentMedicalRequests = true } },
        { "abnormal resignation", new HealthRoomSignals("W1") { AbnormalResignation = true } },
        { "frequent sick leave", new HealthRoomSignals("W1") { FrequentSickLeaveOrAbsence = true } },
    };

    [Theory, Trait("Rule", "NMQ-3")]
    [MemberData(nameof(HazardSignals))]
    public void Each_hazard_signal_grades_dark_yellow_over_a_suspected_questionnaire(string signal, HealthRoomSignals signals)
    {
        var grade = NmqCalculator.Grade(Scored("W1", (BodyRegion.Neck, 3, 0)), signals, AsOf)!;

        Assert.True(grade.Level == NmqGradeLevel.DarkYellow, signal);
        Assert.Equal(NmqActions.ErgonomicImprovement | NmqActions.HealthPromotion | NmqActions.AdministrativeImprovement, grade.Actions);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Hazard_signal_without_questionnaire_still_grades_dark_yellow()
    {
        var grade = NmqCalculator.Grade(null, new HealthRoomSignals("W1") { AbnormalResignation = true }, AsOf)!;

        Assert.Equal(NmqGradeLevel.DarkYellow, grade.Level);
        Assert.Equal("W1", grade.SubjectId);
        Assert.True(grade.RegionsAtRisk.IsEmpty);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Signals_with_nothing_set_and_no_questionnaire_give_no_grade()
    {
        Assert.Null(NmqCalculator.Grade(null, new HealthRoomSignals("W1"), AsOf));
        Assert.Null(NmqCalculator.Grade((NmqQuestionnaire?)null, null, AsOf));
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Empty_signals_do_not_change_the_questionnaire_grade()
    {
        var q = Scored("W1", (BodyRegion.LeftHipThigh, 3, 3));

        Assert.Equal(NmqCalculator.Grade(q, null, AsOf), NmqCalculator.Grade(q, new HealthRoomSignals("W1"), AsOf));
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Grade_cites_the_row_of_table_1_and_article_324_1()
    {
        var grade = NmqCalculator.Grade(Scored("W1", (BodyRegion.Neck, 3, 0)), null, AsOf)!;

        Assert.Equal(
            ["國立羅東高級工業職業學校人因性危害預防計畫表1（疑似有危害） (112.06.21 修正)", "職業安全衛生設施規則第324條之1第1項 (103.07.01 修正)"],
            grade.Basis.Select(c => c.ToChineseString()));
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Facts_about_two_different_workers_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            NmqCalculator.Grade(Scored("W1"), new HealthRoomSignals("W2") { DiagnosedDisease = true }, AsOf));

        Assert.Equal("HealthRoomSignals.WorkerId: must be the questionnaire's worker (rule NMQ-3).", ex.Message);
        Assert.Equal("HealthRoomSignals.WorkerId", ex.Field);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Evaluation_before_the_programme_text_is_rejected_not_guessed()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            NmqCalculator.Grade(Scored("W1"), null, new EvaluationDate(new DateOnly(2023, 6, 20))));

        Assert.Equal("date: no value is in force before 2023-06-21 (rule Nmq.SuspectedRegionScoreAtLeast).", ex.Message);
        Assert.NotNull(NmqCalculator.Grade(Scored("W1"), null, new EvaluationDate(new DateOnly(2023, 6, 21))));
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Grading_a_roster_rejects_two_questionnaires_for_one_worker()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            NmqCalculator.GradeAll([Scored("W1"), NoDiscomfort("W1")], [], AsOf));

        Assert.Equal("NmqQuestionnaire.WorkerId: must be unique: one questionnaire per worker (rule NMQ-1).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Grading_a_roster_joins_questionnaires_and_signals_by_worker()
    {
        var grades = NmqCalculator.GradeAll(
            [Scored("B", (BodyRegion.Neck, 3, 0)), NoDiscomfort("A")],
            [new HealthRoomSignals("C") { DiagnosedDisease = true }, new HealthRoomSignals("A") { FrequentSickLeaveOrAbsence = true }, new HealthRoomSignals("D")],
            AsOf);

        Assert.Equal(
            [("A", NmqGradeLevel.DarkYellow), ("B", NmqGradeLevel.LightYellow), ("C", NmqGradeLevel.Red)],
            grades.Select(g => (g.SubjectId, g.Level)));
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Collected_facts_grade_like_single_facts_and_reject_two_questionnaires()
    {
        var q = Scored("W1", (BodyRegion.Neck, 3, 0));
        var s = new HealthRoomSignals("W1") { AbnormalResignation = true };

        Assert.Equal(NmqCalculator.Grade(q, s, AsOf), NmqCalculator.GradeCollected([q], s, AsOf));
        Assert.Equal(NmqCalculator.Grade(q, AsOf), NmqCalculator.GradeCollected([q], [], AsOf));
        Assert.Equal(NmqCalculator.Grade(null, s, AsOf), NmqCalculator.GradeCollected([], s, AsOf));
        var ex = Assert.Throws<OshValidationException>(() => NmqCalculator.GradeCollected([q, q], s, AsOf));
        Assert.Equal("NmqQuestionnaire.WorkerId: must be unique: at most one record per worker (rule NMQ-3).", ex.Message);
    }
}
