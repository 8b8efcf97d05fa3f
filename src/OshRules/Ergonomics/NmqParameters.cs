using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// Every threshold of the Ergonomics family (人因性危害預防參數), each a dated value with its citation.
/// Immutable and thread-safe.
/// </summary>
public static class NmqParameters
{
    /// <summary>The lowest score of the form's scale (不痛/可自由活動 = 0), NMQ-2; part of the form, not a threshold.</summary>
    public const int ScoreMinimum = 0;

    /// <summary>The highest score of the form's scale (完全無法自主活動 = 5), NMQ-2; part of the form, not a threshold.</summary>
    public const int ScoreMaximum = 5;

    /// <summary>
    /// A region scoring this or more (以上, ≥) makes the case 疑似有危害 (light yellow); all regions below it, i.e. 2 or
    /// less (以下, ≤), are 無危害. NMQ-3.
    /// </summary>
    /// <remarks>表 1: "問卷調查表中有身體部位的評分在 3 分以上（包含 3 分）" / "身體部位的評分都在 2 分以下（包含 2 分）".
    /// The two rows are complements on an integer scale, so one parameter carries both.</remarks>
    public static readonly DatedParameter<int> SuspectedRegionScoreAtLeast = new(
        "Nmq.SuspectedRegionScoreAtLeast",
        ErgonomicsSources.CheckedOn,
        new DatedValue<int>(ErgonomicsSources.SchoolProgrammeVersion.EffectiveFrom, 3, ErgonomicsSources.Table1));

    /// <summary>An establishment with this many workers or more (達…以上, ≥) must have a written programme. NMQ-7.</summary>
    /// <remarks>§324-1 II: "事業單位勞工人數達一百人以上者，雇主應…訂定人因性危害預防計畫…；於勞工人數未滿一百人者，得以執行紀錄或文件代替。"</remarks>
    public static readonly DatedParameter<int> WrittenProgrammeWorkersAtLeast = new(
        "Nmq.WrittenProgrammeWorkersAtLeast",
        ErgonomicsSources.CheckedOn,
        new DatedValue<int>(ErgonomicsSources.FacilitiesRules324Version.EffectiveFrom, 100, ErgonomicsSources.FacilitiesRules324Para2));

    /// <summary>How long execution records are kept (留存三年). NMQ-7.</summary>
    /// <remarks>§324-1 I: "作成執行紀錄並留存三年". Counted as a Civil-Code period from the day after the record is made.</remarks>
    public static readonly DatedParameter<CalendarPeriod> RecordRetention = new(
        "Nmq.RecordRetention",
        ErgonomicsSources.CheckedOn,
        new DatedValue<CalendarPeriod>(ErgonomicsSources.FacilitiesRules324Version.EffectiveFrom, CalendarPeriod.OfYears(3), ErgonomicsSources.FacilitiesRules324Para1));

    /// <summary>Month by whose end existing cases are analysed (每年一月底內完成現況調查及分析). NMQ-6.</summary>
    public static readonly DatedParameter<int> ExistingCaseAnalysisByEndOfMonth = CalendarMonth("Nmq.ExistingCaseAnalysisByEndOfMonth", 1);

    /// <summary>Month by whose end the active survey is done (每年四月底完成主動調查). NMQ-6.</summary>
    public static readonly DatedParameter<int> ActiveSurveyByEndOfMonth = CalendarMonth("Nmq.ActiveSurveyByEndOfMonth", 4);

    /// <summary>Month by whose end improvements are done (每年六月底前完成改善). NMQ-6.</summary>
    public static readonly DatedParameter<int> ImprovementsByEndOfMonth = CalendarMonth("Nmq.ImprovementsByEndOfMonth", 6);

    private static DatedParameter<int> CalendarMonth(string name, int month) => new(
        name,
        ErgonomicsSources.CheckedOn,
        new DatedValue<int>(ErgonomicsSources.SchoolProgrammeVersion.EffectiveFrom, month, ErgonomicsSources.CalendarSection));
}
