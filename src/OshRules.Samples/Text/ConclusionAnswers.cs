using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Training;
using static OshRules.Samples.Text.ValueText;

namespace OshRules.Samples.Text;

/// <summary>
/// The answer a conclusion gives, in the user's language: a due date and status, a grade, a tier, a standing. A new
/// kind of conclusion gets its line here; until then it is shown by its name alone.
/// </summary>
internal static class ConclusionAnswers
{
    public static string For(IOshConclusion conclusion, Labels l) => conclusion switch
    {
        PeriodicGeneralExamDue p => Join(l, Due(l, p.DueDate, p.Status), (l.Chinese ? "每 " : "every ") + Period(p.Interval, l), Of(p.AgeBand, l)),
        SpecialExamDue s => Join(l, Of(s.Kind, l), Of(s.Hazard.Category, l), Due(l, s.DueDate, s.Status)),
        HireExamRequired h => Due(l, h.DueDate, h.Status),
        HireExamExempt e => Join(l, Of(e.Reason, l), e.ProvenExam is { } d ? (l.Chinese ? "已有之檢查 " : "exam on record ") + l.Date(d) : null),
        HireExamNotOnRecord m => Join(l, (l.Chinese ? "到職日 " : "hired ") + l.Date(m.HireDate), (l.Chinese ? "自 " : "periodic exam owed instead from ") + l.Date(m.SupersededOn) + (l.Chinese ? " 起改依定期一般健康檢查" : string.Empty)),
        ManagementLevelGrade g => Join(l, Of(g.Level, l), Of(g.Findings.Judgement, l), g.Findings.IsAbnormal ? Of(g.Findings.Relation, l) : null),
        ManagementFollowUp f => Join(l, f.Level is { } level ? Of(level, l) : null, Of(f.Actions, l)),
        SpecialHazardClassification c => Join(l, Of(c.Hazard.Category, l), (l.Chinese ? "屬特別危害健康作業：" : "special hazardous work: ") + YesNo(c.IsSpecialHazardous, l)),
        ExamRecordRetention r => Join(l, (l.Chinese ? "保存至 " : "keep until ") + l.Date(r.RetainUntil), Period(r.Period, l)),
        NmqGrade g => Join(l, Of(g.Level, l), g.RegionsAtRisk.IsEmpty ? null : string.Join(l.Chinese ? "、" : ", ", g.RegionsAtRisk.Select(r => Of(r, l))), Of(g.Actions, l)),
        ImprovementTask t => Join(l, Of(t.Stage, l), Of(t.Level, l)),
        ErgonomicProgrammeCalendar c => Join(l, l.Date(c.Calendar.ExistingCaseAnalysisDue), l.Date(c.Calendar.ActiveSurveyDue), l.Date(c.Calendar.ImprovementsDue)),
        ErgonomicProgrammeDuty d => Join(l, Of(d.Form, l), (l.Chinese ? "勞工人數 " : "workers ") + l.Number(d.WorkerCount)),
        HazardFinding f => Join(l, Of(f.Kind, l), f.Tier is { } tier ? Of(tier, l) : null, f.IsDowngradable ? l["downgradable"] : null),
        MaternalRiskAssessment a => Join(l, Of(a.Period.Phase, l), Of(a.OverallTier, l), Of(a.Actions, l)),
        ProtectionPeriodStatus p => Join(l, Of(p.Phase, l), p.OutsideReason is { } why ? Of(why, l) : null, Of(p.StartBasis, l)),
        MaternalProgrammeDuty d => Join(l, d.IsRequired ? (l.Chinese ? "應訂定計畫" : "programme required") : (l.Chinese ? "未達門檻" : "under the threshold"), (l.Chinese ? "勞工人數 " : "workers ") + l.Number(d.Workforce), (l.Chinese ? "門檻 " : "threshold ") + l.Number(d.Threshold.Value)),
        CourseStatus c => Join(l, c.CourseId, c.IsPassed ? l["passed"] : l["notPassed"], c.IsPassed ? null : l["open"] + ": " + Of(c.Open, l), c.IsPassed ? (l.Chinese ? "取得時數 " : "hours earned ") + Hours(c.HoursEarned) : null),
        ExamRetakeState r => Join(l, r.CourseId, Of(r.State, l), $"{r.AttemptsUsed}/{r.AttemptLimit}", r.LastScore is { } score ? (l.Chinese ? "最近分數 " : "last score ") + score : null),
        ReadingResetRequired r => Join(l, r.CourseId, (l.Chinese ? "重新閱讀自 " : "reading starts again on ") + l.Date(r.ResetOn), (l.Chinese ? "尚需時數 " : "hours still needed ") + Hours(r.ReadingHoursStillNeeded)),
        HoursCredit h => Join(l, h.CourseId, (l.Chinese ? "時數 " : "hours ") + Hours(h.HoursEarned), Of(h.InService, l)),
        OshCardRequirement o => Join(l, Of(o.Kind, l), o.RecordExpectedBy is { } by ? (l.Chinese ? "紀錄最遲 " : "record by ") + l.Date(by) : null),
        TrainingDue t => Join(l, Of(t.Kind, l), (l.Chinese ? "到期日 " : "due ") + l.Date(t.DueDate), Of(t.Status, l), t.HoursMissing > 0 ? (l.Chinese ? "尚缺 " : "missing ") + Hours(t.HoursMissing) + (l.Chinese ? " 小時" : " h") : null),
        _ => Of(conclusion.GetType(), l),
    };

    private static string Due(Labels l, DateOnly due, ExamStatus status) => (l.Chinese ? "應實施日 " : "due ") + l.Date(due) + (l.Chinese ? "，" : ", ") + Status(status, l);

    private static string Of(Type type, Labels l) => OshRules.Resources.DisplayNames.Of(type, l.Language);

    private static string Of(Enum value, Labels l) => ValueText.Of(value, l);

    private static string Join(Labels l, params string?[] parts) => string.Join(l.Chinese ? "；" : "; ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
