using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// The legal thresholds, intervals and citations of 勞工健康保護規則 (勞工健康保護規則之法定參數), each dated and cited.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Encoded text: the 110.12.22 text (in force from its promulgation, 2021-12-22). The rules were rewritten on
/// 115.06.26; §17, §18, §20 and §21 and their annexes of that text take effect on 2028-01-01 and are not encoded, so
/// every parameter resting on those articles carries <see cref="Pending2028"/> and a look-up on or after 2028-01-01 is
/// flagged. The 115.06.26 text of the other articles (in force 2026-07-01) is assumed to keep §16, §19 and 附表一 as
/// encoded here: see the family README (open doubt).</para>
/// <para>Values last checked on <see cref="CheckedOn"/>.</para>
/// </remarks>
public static class HealthExamParameters
{
    /// <summary>The day the values were last checked against the law (最後查核日).</summary>
    public static readonly DateOnly CheckedOn = new(2026, 11, 23);

    /// <summary>The 110.12.22 text of 勞工健康保護規則 (民國 110 年 12 月 22 日修正).</summary>
    public static readonly LawVersion Text110 = LawVersion.On(new DateOnly(2021, 12, 22));

    /// <summary>The 108.05.15 text of 職業安全衛生法 (民國 108 年 5 月 15 日修正).</summary>
    public static readonly LawVersion OshActText108 = LawVersion.On(new DateOnly(2019, 5, 15));

    /// <summary>The 115.06.26 texts of §17, §18, §20 and §21 take effect on 2028-01-01 (一百十五年修正條文之施行).</summary>
    public static readonly PendingAmendment Pending2028 =
        new(new DateOnly(2028, 1, 1), "115.06.26 texts of §17, §18, §20 and §21 of 勞工健康保護規則 take effect; not encoded");

    private static readonly LawName Rules = LawName.LabourHealthProtectionRules;

    /// <summary>§16 I: general (and special) physical exam on hiring (僱用時之一般體格檢查).</summary>
    public static Citation HiringExamArticle { get; } = new(Rules, 16, 1, version: Text110);

    /// <summary>§16 II: exemptions from the general physical exam on hiring (得免實施一般體格檢查).</summary>
    public static Citation HiringExemptionArticle { get; } = new(Rules, 16, 2, version: Text110);

    /// <summary>§16 III: exemption for a proven exam within the periodic interval (經勞工提出證明者，得免實施).</summary>
    public static Citation HiringRecentExamArticle { get; } = new(Rules, 16, 3, version: Text110);

    /// <summary>§21 I: health management levels (健康管理分級).</summary>
    public static Citation ManagementLevelArticle { get; } = new(Rules, 21, 1, version: Text110);

    /// <summary>§21 II: the physician notes unsuitable work from level 2 and a clinical diagnosis at levels 3–4 (醫師註明).</summary>
    public static Citation PhysicianNotesArticle { get; } = new(Rules, 21, 2, version: Text110);

    /// <summary>§21 III: the employer's follow-up by level (分級後之處置).</summary>
    public static Citation FollowUpArticle { get; } = new(Rules, 21, 3, version: Text110);

    /// <summary>職業安全衛生法 §21 I: a worker who cannot adapt to the work is moved (變更作業場所、更換工作或縮短工作時間).</summary>
    public static Citation ChangeOfWorkArticle { get; } = new(LawName.OccupationalSafetyAndHealthAct, 21, 1, version: OshActText108);

    /// <summary>§2 and 附表一: the list of special hazardous work (特別危害健康作業).</summary>
    public static Citation SpecialHazardListArticle { get; } =
        new Citation(Rules, 2, version: Text110).WithAnnex("附表一", "Annex 1");

    /// <summary>Age at which the yearly periodic exam starts, §17 I ① (年滿六十五歲). Inclusive: 65 or over.</summary>
    public static DatedParameter<int> AgeOrOverForYearlyExam { get; } = new(
        "HealthExam.AgeOrOverForYearlyExam", CheckedOn, new DatedValue<int>(Text110.EffectiveFrom, 65, new Citation(Rules, 17, 1, 1, Text110)), Pending2028);

    /// <summary>Age at which the three-yearly periodic exam starts, §17 I ② (四十歲以上). Inclusive: 40 or over.</summary>
    public static DatedParameter<int> AgeOrOverForThreeYearlyExam { get; } = new(
        "HealthExam.AgeOrOverForThreeYearlyExam", CheckedOn, new DatedValue<int>(Text110.EffectiveFrom, 40, new Citation(Rules, 17, 1, 2, Text110)), Pending2028);

    /// <summary>Interval at 65 or over, §17 I ① (年滿六十五歲者，每年檢查一次): 1 year.</summary>
    public static DatedParameter<CalendarPeriod> IntervalAge65OrOver { get; } = new(
        "HealthExam.IntervalAge65OrOver", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(1), new Citation(Rules, 17, 1, 1, Text110)), Pending2028);

    /// <summary>Interval from 40 to under 65, §17 I ② (四十歲以上未滿六十五歲者，每三年檢查一次): 3 years.</summary>
    public static DatedParameter<CalendarPeriod> IntervalAge40ToUnder65 { get; } = new(
        "HealthExam.IntervalAge40ToUnder65", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(3), new Citation(Rules, 17, 1, 2, Text110)), Pending2028);

    /// <summary>Interval under 40, §17 I ③ (未滿四十歲者，每五年檢查一次): 5 years.</summary>
    public static DatedParameter<CalendarPeriod> IntervalUnder40 { get; } = new(
        "HealthExam.IntervalUnder40", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(5), new Citation(Rules, 17, 1, 3, Text110)), Pending2028);

    /// <summary>Interval of the special health exam, §18 I (每年): 1 year.</summary>
    public static DatedParameter<CalendarPeriod> SpecialExamInterval { get; } = new(
        "HealthExam.SpecialExamInterval", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(1), new Citation(Rules, 18, 1, version: Text110)), Pending2028);

    /// <summary>
    /// Longest temporary or short-term engagement exempt from the hiring exam, §16 II ① (工作期間在六個月以內): 6 months.
    /// Inclusive: an engagement whose last day is the last day of a six-month period from hiring is exempt.
    /// </summary>
    public static DatedParameter<CalendarPeriod> ShortTermWorkAtMost { get; } = new(
        "HealthExam.ShortTermWorkAtMost", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfMonths(6), new Citation(Rules, 16, 2, 1, Text110)));

    /// <summary>Noise work threshold, 附表一 ② (八十五分貝以上): 85 dBA 8-hour TWA. Inclusive: 85.0 or over.</summary>
    public static DatedParameter<double> NoiseTwaDbaOrOver { get; } = new(
        "HealthExam.NoiseTwaDbaOrOver", CheckedOn, new DatedValue<double>(Text110.EffectiveFrom, 85.0, SpecialHazardListArticle with { Note = "附表一第二項" }));

    /// <summary>Share of a category-9 chemical in a mixture, 附表一 ⑨ (超過百分之一): 1 %. Exclusive: over 1 %.</summary>
    public static DatedParameter<double> SpecifiedChemicalShareOverPercent { get; } = new(
        "HealthExam.SpecifiedChemicalShareOverPercent", CheckedOn, new DatedValue<double>(Text110.EffectiveFrom, 1.0, SpecialHazardListArticle with { Note = "附表一第九項" }));

    /// <summary>Share of a category-12 chemical in a mixture, 附表一 ⑫ (超過百分之五): 5 %. Exclusive: over 5 %.</summary>
    public static DatedParameter<double> DesignatedChemicalShareOverPercent { get; } = new(
        "HealthExam.DesignatedChemicalShareOverPercent", CheckedOn, new DatedValue<double>(Text110.EffectiveFrom, 5.0, SpecialHazardListArticle with { Note = "附表一第十二項" }));

    /// <summary>Retention of general exam records, §19 ① (至少保存七年): 7 years.</summary>
    public static DatedParameter<CalendarPeriod> GeneralRecordRetention { get; } = new(
        "HealthExam.GeneralRecordRetention", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(7), new Citation(Rules, 19, 1, 1, Text110)));

    /// <summary>Retention of special exam records, §19 ② (至少保存十年): 10 years.</summary>
    public static DatedParameter<CalendarPeriod> SpecialRecordRetention { get; } = new(
        "HealthExam.SpecialRecordRetention", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(10), new Citation(Rules, 19, 1, 2, Text110)));

    /// <summary>Retention of special exam records for the 15 categories of §20 (至少保存三十年): 30 years.</summary>
    public static DatedParameter<CalendarPeriod> LongTermRecordRetention { get; } = new(
        "HealthExam.LongTermRecordRetention", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(30), new Citation(Rules, 20, version: Text110)), Pending2028);

    /// <summary>The flag for <paramref name="date"/>: <see cref="Pending2028"/> when on or after 2028-01-01 (尚未納入之修正).</summary>
    /// <param name="date">A day the answer depends on.</param>
    /// <returns>The pending amendment, or null.</returns>
    public static PendingAmendment? PendingOn(DateOnly date) => date >= Pending2028.EffectiveFrom ? Pending2028 : null;
}
