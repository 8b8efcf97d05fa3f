using FsCheck.Xunit;
using OshRules.Ergonomics;
using static OshRules.Tests.Ergonomics.NmqSurveys;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqProperties
{
    private const NmqFindings GradingSignals = SurveyCase.SignalMask;

    private static NmqGrade? GradeOf(SurveyCase c, string id = "W") =>
        NmqCalculator.Grade(c.Questionnaire(id), c.SignalRecord(id), AsOf);

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-3")]
    public bool Raising_any_score_never_lowers_the_grade(RaisedSurvey s) =>
        GradeOf(s.After)!.Level >= GradeOf(s.Before)!.Level;

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-2")]
    public bool Swapping_left_and_right_never_changes_the_grade(SurveyCase c)
    {
        var grade = GradeOf(c)!;
        var mirrored = GradeOf(c.Mirrored())!;
        return grade.Level == mirrored.Level
            && grade.Findings == mirrored.Findings
            && grade.RegionsAtRisk.Select(BodyRegions.Mirror).Order().SequenceEqual(mirrored.RegionsAtRisk);
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-3")]
    public bool Grade_is_light_yellow_exactly_when_a_region_is_3_or_more_and_no_signal_grades_higher(SurveyCase c)
    {
        var regionAtRisk = c.Continues && c.Pains.Concat(c.Joints).Any(s => s >= 3);
        var signalRaises = c.HasSignalRecord && (c.Signals & GradingSignals) != 0;
        return (GradeOf(c)!.Level == NmqGradeLevel.LightYellow) == (regionAtRisk && !signalRaises);
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-3")]
    public bool A_diagnosis_is_always_red_and_a_hazard_signal_at_least_dark_yellow(SurveyCase c)
    {
        var level = GradeOf(c)!.Level;
        if (!c.HasSignalRecord)
        {
            return level <= NmqGradeLevel.LightYellow;
        }

        return c.Signals.HasFlag(NmqFindings.DiagnosedDisease) ? level == NmqGradeLevel.Red
            : (c.Signals & GradingSignals) != 0 ? level == NmqGradeLevel.DarkYellow
            : level <= NmqGradeLevel.LightYellow;
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-5")]
    public bool Table_2_counts_add_up_to_the_number_of_workers(SurveyRoster roster)
    {
        var grades = roster.Cases.Select((c, i) => GradeOf(c, $"W{i}")!).ToList();
        var primary = NmqStatistics.Table2(grades, roster.OnBusinessTrip);
        var every = NmqStatistics.Table2(grades, roster.OnBusinessTrip, NmqSubReasonCounting.EveryReason);
        var subReasons = primary.ReportedSuspectedCase + primary.AbnormalResignation + primary.FrequentSickLeaveOrAbsence + primary.FrequentMedicalRequests;
        var everySubReasons = every.ReportedSuspectedCase + every.AbnormalResignation + every.FrequentSickLeaveOrAbsence + every.FrequentMedicalRequests;
        return primary.Total == grades.Count
            && primary.DiagnosedSubtotal + primary.HazardSubtotal + primary.SuspectedSubtotal + primary.NoHazard == grades.Count
            && primary.AllWorkers == grades.Count + roster.OnBusinessTrip
            && subReasons == primary.HazardSubtotal
            && everySubReasons >= every.HazardSubtotal
            && every.Total == primary.Total;
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-5")]
    public bool Table_5_counts_match_the_questionnaires(SurveyRoster roster)
    {
        var grades = roster.Cases.Select((c, i) => GradeOf(c, $"W{i}")!).ToList();
        var table = NmqStatistics.Table5(grades);
        return BodyRegions.All.All(r =>
            table.CountOf(r) == roster.Cases.Count(c => c.Continues && Math.Max(c.Pains[(int)r], c.Joints[(int)r]) >= 3))
            && table.SuspectedWorkers == roster.Cases.Count(c => c.Continues && c.Pains.Concat(c.Joints).Any(s => s >= 3));
    }
}
