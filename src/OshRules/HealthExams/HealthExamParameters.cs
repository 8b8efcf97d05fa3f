using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// The legal thresholds, intervals and citations of 勞工健康保護規則 (勞工健康保護規則之法定參數), each dated and cited.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Encoded text: the 110.12.22 text (in force from its promulgation, 2021-12-22). The rules were revised as a whole
/// on 115.06.26 (promulgated 2026-06-26) and the new text is in force in three stages: most articles from 2026-07-01
/// (<see cref="Pending2026"/>), §5, §6 II–IV and §13 III from 2027-07-01 (<see cref="Pending2027"/>), and §17, §18, §20,
/// §21 with 附表一, 九 and 十 from 2028-01-01 (<see cref="Pending2028"/>). None of the new text is encoded: every
/// citation keeps the article numbers of the 110.12.22 text, and a conclusion citing an article whose new text is in
/// force on the day it depends on carries the stage's flag (<see cref="PendingFor"/>).</para>
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

    /// <summary>
    /// The first stage of the 115.06.26 revision (一百十五年六月二十六日全文修正，一百十五年七月一日施行): every article but
    /// §5, §6 II–IV, §13 III, §17, §18, §20, §21 and 附表一, 九, 十, in force 2026-07-01, not encoded.
    /// </summary>
    /// <remarks>It covers the articles cited here for hiring exams (§16), records (§19) and the definition of special
    /// hazardous work (§2): their numbers and wording are those of the 110.12.22 text, not verified against the new one.</remarks>
    public static readonly PendingAmendment Pending2026 = new(
        new DateOnly(2026, 7, 1),
        "勞工健康保護規則 revised as a whole 115.06.26 (promulgated 2026-06-26); its text in force from 2026-07-01 (every article "
        + "but §5, §6 II–IV, §13 III, §17, §18, §20, §21 and 附表一, 九, 十) is not encoded: the article numbers and wording "
        + "cited here from the 110.12.22 text (§2, §16, §19) are not verified against it");

    /// <summary>
    /// The second stage of the 115.06.26 revision (一百十六年七月一日施行): §5, §6 II–IV and §13 III (health-service staff),
    /// in force 2027-07-01, not encoded.
    /// </summary>
    /// <remarks>No conclusion of this library cites those articles today; the stage is kept so that one that does is flagged.</remarks>
    public static readonly PendingAmendment Pending2027 = new(
        new DateOnly(2027, 7, 1),
        "勞工健康保護規則 115.06.26 revision: §5, §6 II–IV and §13 III take effect 2027-07-01 and are not encoded: the 110.12.22 "
        + "text cited here is not verified against them");

    /// <summary>
    /// The third stage of the 115.06.26 revision (一百十七年一月一日施行): §17, §18, §20, §21 and 附表一, 九, 十, in force
    /// 2028-01-01, not encoded.
    /// </summary>
    public static readonly PendingAmendment Pending2028 = new(
        new DateOnly(2028, 1, 1),
        "勞工健康保護規則 115.06.26 revision: §17, §18, §20, §21 and 附表一, 九, 十 take effect 2028-01-01 and are not encoded: "
        + "this answer applies their 110.12.22 text (intervals, special exams, retention, management levels, the list of "
        + "special hazardous work), not verified against the new text; nor is the rest of the revision, in force since 2026-07-01");

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
        "HealthExam.ShortTermWorkAtMost", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfMonths(6), new Citation(Rules, 16, 2, 1, Text110)), Pending2026);

    /// <summary>Noise work threshold, 附表一 ② (八十五分貝以上): 85 dBA 8-hour TWA. Inclusive: 85.0 or over.</summary>
    public static DatedParameter<double> NoiseTwaDbaOrOver { get; } = new(
        "HealthExam.NoiseTwaDbaOrOver", CheckedOn, new DatedValue<double>(Text110.EffectiveFrom, 85.0, SpecialHazardListArticle with { Note = "附表一第二項" }), Pending2028);

    /// <summary>Share of a category-9 chemical in a mixture, 附表一 ⑨ (超過百分之一): 1 %. Exclusive: over 1 %.</summary>
    public static DatedParameter<double> SpecifiedChemicalShareOverPercent { get; } = new(
        "HealthExam.SpecifiedChemicalShareOverPercent", CheckedOn, new DatedValue<double>(Text110.EffectiveFrom, 1.0, SpecialHazardListArticle with { Note = "附表一第九項" }), Pending2028);

    /// <summary>Share of a category-12 chemical in a mixture, 附表一 ⑫ (超過百分之五): 5 %. Exclusive: over 5 %.</summary>
    public static DatedParameter<double> DesignatedChemicalShareOverPercent { get; } = new(
        "HealthExam.DesignatedChemicalShareOverPercent", CheckedOn, new DatedValue<double>(Text110.EffectiveFrom, 5.0, SpecialHazardListArticle with { Note = "附表一第十二項" }), Pending2028);

    /// <summary>Retention of general exam records, §19 ① (至少保存七年): 7 years.</summary>
    public static DatedParameter<CalendarPeriod> GeneralRecordRetention { get; } = new(
        "HealthExam.GeneralRecordRetention", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(7), new Citation(Rules, 19, 1, 1, Text110)), Pending2026);

    /// <summary>Retention of special exam records, §19 ② (至少保存十年): 10 years.</summary>
    public static DatedParameter<CalendarPeriod> SpecialRecordRetention { get; } = new(
        "HealthExam.SpecialRecordRetention", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(10), new Citation(Rules, 19, 1, 2, Text110)), Pending2026);

    /// <summary>Retention of special exam records for the 15 categories of §20 (至少保存三十年): 30 years.</summary>
    public static DatedParameter<CalendarPeriod> LongTermRecordRetention { get; } = new(
        "HealthExam.LongTermRecordRetention", CheckedOn, new DatedValue<CalendarPeriod>(Text110.EffectiveFrom, CalendarPeriod.OfYears(30), new Citation(Rules, 20, version: Text110)), Pending2028);

    /// <summary>
    /// The flag a conclusion carries (尚未納入之修正): the latest stage of the 115.06.26 revision that is in force on
    /// <paramref name="date"/> and rewrote an article or annex of 勞工健康保護規則 that <paramref name="basis"/> cites.
    /// </summary>
    /// <param name="basis">The conclusion's citations; those of other laws are ignored.</param>
    /// <param name="date">The last day the answer depends on: the evaluation date, or a later due day.</param>
    /// <returns><see cref="Pending2026"/>, <see cref="Pending2027"/>, <see cref="Pending2028"/>, or null.</returns>
    /// <remarks>
    /// A citation is placed by its article (§17, §18, §20, §21: 2028; §5, §6 II–IV, §13 III: 2027; any other: 2026) and by
    /// its annex (附表一, 九, 十: 2028; any other: 2026), so §2 with 附表一 is flagged from 2026-07-01 for §2 and from
    /// 2028-01-01 for the annex. A whole article 6 or 13 (no paragraph) counts in both of its stages.
    /// </remarks>
    public static PendingAmendment? PendingFor(IReadOnlyList<Citation> basis, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (date < Pending2026.EffectiveFrom)
        {
            return null;
        }

        PendingAmendment? flag = null;
        for (var i = 0; i < basis.Count; i++)
        {
            var c = basis[i];
            if (c.Law != Rules)
            {
                continue;
            }

            if (c.Article is { } article)
            {
                switch (article)
                {
                    case 17 or 18 or 20 or 21:
                        Raise(Pending2028);
                        break;
                    case 5:
                        Raise(Pending2027);
                        break;
                    case 6 or 13:
                        var later = article == 6 ? c.Paragraph is null or >= 2 and <= 4 : c.Paragraph is null or 3;
                        var earlier = c.Paragraph is null || !later;
                        if (later)
                        {
                            Raise(Pending2027);
                        }

                        if (earlier)
                        {
                            Raise(Pending2026);
                        }

                        break;
                    default:
                        Raise(Pending2026);
                        break;
                }
            }

            if (c.Annex is { } annex)
            {
                Raise(annex is "附表一" or "附表九" or "附表十" ? Pending2028 : Pending2026);
            }
        }

        return flag;

        void Raise(PendingAmendment stage)
        {
            if (date >= stage.EffectiveFrom && (flag is null || stage.EffectiveFrom > flag.EffectiveFrom))
            {
                flag = stage;
            }
        }
    }
}
