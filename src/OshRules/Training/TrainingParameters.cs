using System.Collections.Frozen;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// The thresholds of the training family (教育訓練參數), each dated and cited: the platform's exam rules (EDU-3–5, EDU-8)
/// and 職業安全衛生教育訓練規則 §17 and §19 (EDU-7, EDU-9).
/// </summary>
/// <remarks>
/// <para>Platform rules come from the OSHA e-learning platform's user manual (職安署數位學習平台使用手冊), which is
/// undated: they are applied from <see cref="CivilCode.EarliestSupportedDate"/> and cite the manual, not a statute.</para>
/// <para>職業安全衛生教育訓練規則 is encoded in its 110.07.07 text. §17–18 were amended on 115.06.25, in force
/// 2026-07-01 (DOMAIN.md); the new text could not be retrieved when this was written (the only later amendment found,
/// 114.09.04 in force 2026-01-01, concerns training providers), so every statutory parameter carries the 115.06.25
/// amendment as pending: a look-up on or after 2026-07-01 answers with the 110.07.07 value and is flagged.</para>
/// </remarks>
public static class TrainingParameters
{
    /// <summary>The day these values were last checked.</summary>
    public static readonly DateOnly CheckedOn = new(2026, 11, 23);

    /// <summary>The 110.07.07 text of 職業安全衛生教育訓練規則.</summary>
    public static readonly LawVersion RulesVersion110 = LawVersion.On(new DateOnly(2021, 7, 7));

    /// <summary>
    /// The amendment of §17–18 promulgated 115.06.25, in force 2026-07-01, not encoded (一百十五年六月二十五日修正之第十七條、第十八條).
    /// </summary>
    /// <remarks>
    /// What it leaves unverified: the general-training minimum and the e-learning cap of §17, and the thirteen kinds of
    /// work of §18 I, whose item numbers the in-service hours of §19 I and the platform's credit for items 10–13 are
    /// keyed on. §19 itself is not amended, but its hours apply to §18's items.
    /// </remarks>
    public static readonly PendingAmendment Amendment115 = new(
        new DateOnly(2026, 7, 1),
        "職業安全衛生教育訓練規則 §17–18 amended 115.06.25, in force 2026-07-01; the new text is not encoded: the 110.07.07 text "
        + "applied here (§17 general-training hours and e-learning cap; the kinds of work of §18 I, items 1–13, on which the "
        + "§19 I in-service hours and the platform's credit for items 10–13 depend) is not verified against it");

    private static readonly DateOnly PlatformFrom = CivilCode.EarliestSupportedDate;

    /// <summary>
    /// The flag of a statutory training answer that depends on <paramref name="date"/> (尚未納入之修正):
    /// <see cref="Amendment115"/> on or after 2026-07-01, otherwise null.
    /// </summary>
    /// <param name="date">A day the answer depends on: the evaluation date or a later due day.</param>
    /// <returns>The pending amendment, or null.</returns>
    public static PendingAmendment? PendingOn(DateOnly date) => date >= Amendment115.EffectiveFrom ? Amendment115 : null;

    /// <summary>Citation of the platform manual, section <paramref name="section"/>.</summary>
    /// <param name="section">The manual's section, e.g. 評量區.</param>
    /// <returns>The citation.</returns>
    public static Citation Manual(string section) => new(LawName.ElearningPlatformManual) { Note = section };

    /// <summary>Citation of 職業安全衛生教育訓練規則 (110.07.07 text).</summary>
    /// <param name="article">The article.</param>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="item">The item.</param>
    /// <returns>The citation.</returns>
    public static Citation Rules(int article, int? paragraph = null, int? item = null) =>
        new(LawName.EducationTrainingRules, article, paragraph, item, RulesVersion110);

    /// <summary>
    /// EDU-3: the pass mark (及格分數), 80: a score of 80 or more passes (≥, <c>AtLeast</c>).
    /// </summary>
    /// <remarks>
    /// The manual says 上課學員至少80分以上，方取得訓練時數 (80 passes) and, of failing, 未通過測驗者(80分以下) (which would make
    /// 80 a fail). The first phrase states the pass condition itself and is the more specific: 80 passes, 79 fails.
    /// </remarks>
    public static DatedParameter<int> PassMark { get; } = new(
        "Training.PassMark", CheckedOn, new DatedValue<int>(PlatformFrom, 80, Manual("評量區：至少80分以上")));

    /// <summary>EDU-4: attempts per cycle for a course in Chinese (中文語系 2 次機會), 2 in total.</summary>
    /// <remarks>Read as attempts in total per cycle, the first included (仍未通過者(中文語系2次機會)).</remarks>
    public static DatedParameter<int> AttemptsChinese { get; } = new(
        "Training.AttemptsChinese", CheckedOn, new DatedValue<int>(PlatformFrom, 2, Manual("評量區：中文語系2次機會")));

    /// <summary>EDU-4: attempts per cycle for a course in a foreign language (外語 3 次機會), 3 in total.</summary>
    public static DatedParameter<int> AttemptsForeign { get; } = new(
        "Training.AttemptsForeign", CheckedOn, new DatedValue<int>(PlatformFrom, 3, Manual("評量區：外語則3次")));

    /// <summary>EDU-5: the reset clears reading hours and progress (閱讀時數及閱讀進度紀錄清除).</summary>
    public static Citation ReadingReset { get; } = Manual("評量區：「閱讀時數」及「閱讀進度」紀錄就會被清除");

    /// <summary>EDU-1: the four conditions of a pass (課程通過規則：閱讀時數、閱讀進度、測驗、問卷).</summary>
    public static Citation PassConditions { get; } = Manual("進入課程：課程通過規則四個條件");

    /// <summary>EDU-2: the test unlocks once every node is viewed (課程都觀看完畢，才能作評量區的測驗).</summary>
    public static Citation TestUnlock { get; } = Manual("評量區：課程都觀看完畢，才能作評量區的測驗");

    /// <summary>EDU-6: a pass earns the hours; the learning record prints a certificate (學習履歷、列印時數證明).</summary>
    public static Citation HoursEarned { get; } = Manual("學習履歷：列印學習紀錄");

    /// <summary>EDU-7: the platform's hours-offset answer (適用回訓人員的時數抵扣).</summary>
    public static Citation HoursOffset { get; } = Manual("平台Q&A：適用回訓人員的時數抵扣嗎");

    /// <summary>EDU-8: hours of in-person general training needed for a first OSH card (第一次需要參加實體教育訓練6小時), 6.</summary>
    public static DatedParameter<decimal> FirstCardInPersonHours { get; } = new(
        "Training.FirstCardInPersonHours", CheckedOn, new DatedValue<decimal>(PlatformFrom, 6m, Manual("平台Q&A：沒有職安卡…實體教育訓練6小時")));

    /// <summary>EDU-8: the fewest working days before a pass reaches the OSH-card system (約3-4天工作天), 3.</summary>
    public static DatedParameter<int> CardRecordWorkingDaysMin { get; } = new(
        "Training.CardRecordWorkingDaysMin", CheckedOn, new DatedValue<int>(PlatformFrom, 3, Manual("平台Q&A：約3-4天工作天")));

    /// <summary>EDU-8: the most working days before a pass reaches the OSH-card system (約3-4天工作天), 4.</summary>
    public static DatedParameter<int> CardRecordWorkingDaysMax { get; } = new(
        "Training.CardRecordWorkingDaysMax", CheckedOn, new DatedValue<int>(PlatformFrom, 4, Manual("平台Q&A：約3-4天工作天")));

    /// <summary>
    /// EDU-9: general training on hiring or change of work, at least 3 hours (≥, <c>AtLeast</c>): §17 III, 附表十四.
    /// </summary>
    public static DatedParameter<decimal> GeneralTrainingMinimumHours { get; } = new(
        "Training.GeneralTrainingMinimumHours", CheckedOn,
        new DatedValue<decimal>(RulesVersion110.EffectiveFrom, 3m, Rules(17, 3).WithAnnex("附表十四", "Annex 14")),
        Amendment115);

    /// <summary>
    /// EDU-7: hours of a merely recognised online course accepted as general training, at most 2 (≤, <c>AtMost</c>): §17 IV proviso.
    /// </summary>
    public static DatedParameter<decimal> RecognisedElearningGeneralCapHours { get; } = new(
        "Training.RecognisedElearningGeneralCapHours", CheckedOn,
        new DatedValue<decimal>(RulesVersion110.EffectiveFrom, 2m, Rules(17, 4)),
        Amendment115);

    /// <summary>EDU-9: training records are kept for 3 years (訓練紀錄保存三年).</summary>
    /// <remarks>
    /// DOMAIN.md states the 3 years; the article was not re-checked here, so the citation names the rules and a note
    /// rather than an article number.
    /// </remarks>
    public static DatedParameter<CalendarPeriod> RecordRetention { get; } = new(
        "Training.RecordRetention", CheckedOn,
        new DatedValue<CalendarPeriod>(RulesVersion110.EffectiveFrom, CalendarPeriod.OfYears(3),
            new Citation(LawName.EducationTrainingRules, version: RulesVersion110) { Note = "教育訓練紀錄保存三年（條次未覆核）" }));

    private static readonly FrozenDictionary<InServiceItem, DatedParameter<InServiceRequirement>> InService = BuildInService();

    /// <summary>
    /// EDU-9: in-service hours and period for a §18 I item (§19 I): ① 6 h / 2 y; ② 12 h / 2 y; ③ 12 h / 3 y;
    /// ④–⑥ 6 h / 3 y; ⑦–⑬ 3 h / 3 y. Hours are "at least" (至少, ≥).
    /// </summary>
    /// <param name="item">The §18 I item.</param>
    /// <returns>The dated requirement.</returns>
    /// <exception cref="OshValidationException">The item is not one of 1–13.</exception>
    public static DatedParameter<InServiceRequirement> InServiceFor(InServiceItem item) =>
        InService.TryGetValue(item, out var p)
            ? p
            : throw new OshValidationException("InServiceItem", "EDU-9", "is not an item of §18 I (1–13)");

    private static FrozenDictionary<InServiceItem, DatedParameter<InServiceRequirement>> BuildInService()
    {
        var result = new Dictionary<InServiceItem, DatedParameter<InServiceRequirement>>();
        foreach (var item in Enum.GetValues<InServiceItem>())
        {
            var n = (int)item;
            var (subItem, hours, years) = n switch
            {
                1 => (1, 6m, 2),
                2 => (2, 12m, 2),
                3 => (3, 12m, 3),
                <= 6 => (4, 6m, 3),
                _ => (5, 3m, 3),
            };
            var value = new DatedValue<InServiceRequirement>(
                RulesVersion110.EffectiveFrom,
                new InServiceRequirement(hours, CalendarPeriod.OfYears(years)),
                Rules(19, 1, subItem));
            result[item] = new DatedParameter<InServiceRequirement>($"Training.InService.Item{n}", CheckedOn, value, Amendment115);
        }

        return result.ToFrozenDictionary();
    }
}
