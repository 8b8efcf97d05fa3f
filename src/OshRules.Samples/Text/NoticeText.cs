using OshRules.HealthExams;
using OshRules.Law;
using OshRules.Resources;
using OshRules.Training;

namespace OshRules.Samples.Text;

/// <summary>
/// A pending amendment in plain words: which law, since when, and what it means for the results flagged with it.
/// The amendments the library knows are written out here; another one is described from its own text.
/// </summary>
internal static class NoticeText
{
    /// <summary>The notice for a report: <paramref name="count"/> conclusions carry the amendment.</summary>
    public static string Of(PendingAmendment amendment, int count, Type conclusionType, Labels l)
    {
        var n = l.Number(count);
        var consequence = amendment == HealthExamParameters.Pending2026
            ? (l.Chinese
                ? $"本報告有 {n} 項健康檢查結論引用之第 2、16、19 條已依新條文施行，仍依 110.12.22 條文及條號：請依新條文核對僱用時體格檢查、特別危害健康作業之認定與紀錄保存。"
                : $"{n} health-exam conclusions in this report cite §2, §16 or §19, whose new text is in force, and were worked out under the 110.12.22 text and numbering: check hiring exams, the classification of special hazardous work and record retention against the new text.")
            : amendment == HealthExamParameters.Pending2028
            ? (l.Chinese
                ? $"本報告有 {n} 項健康檢查結論落在施行日之後，仍依 110.12.22 條文計算：請依新條文核對檢查週期、特殊健康檢查與紀錄保存。"
                : $"{n} health-exam conclusions in this report fall on or after that day and were worked out under the 110.12.22 text: check the exam intervals, special exams and record retention against the new text.")
            : amendment == TrainingParameters.Amendment115
            ? (l.Chinese
                ? $"本報告有 {n} 項教育訓練結論仍依修正前條文計算：請依新條文核對在職教育訓練時數與到期日。"
                : $"{n} training conclusions in this report were worked out under the earlier text: check the in-service hours and due dates against the new text.")
            : (l.Chinese
                ? $"本報告有 {n} 項結論（如：{DisplayNames.Of(conclusionType, l.Language)}）仍依修正前條文：請依新條文核對。"
                : $"{n} conclusions in this report (such as: {DisplayNames.Of(conclusionType, l.Language)}) were worked out under the earlier text: check them against the new text.");
        return Law(amendment, l) + (l.Chinese ? string.Empty : " ") + consequence;
    }

    /// <summary>The notice for one conclusion that carries the amendment.</summary>
    public static string OfOne(PendingAmendment amendment, Labels l) =>
        Law(amendment, l) + (l.Chinese ? "本結論仍依修正前條文計算，請依新條文核對。" : " This conclusion was worked out under the earlier text: check it against the new text.");

    private static string Law(PendingAmendment amendment, Labels l)
    {
        var since = l.LongDate(amendment.EffectiveFrom);
        if (amendment == HealthExamParameters.Pending2026)
        {
            return l.Chinese
                ? $"勞工健康保護規則於 115.06.26 全文修正，除第 5、6、13、17、18、20、21 條部分條文及附表一、九、十外自 {since} 施行，本程式尚未納入新條文。"
                : $"The Labour Health Protection Rules were revised as a whole on 115.06.26; all but §5, §6 II–IV, §13 III, §17, §18, §20, §21 and Annexes 1, 9 and 10 took effect on {since}, and the new text is not encoded yet.";
        }

        if (amendment == HealthExamParameters.Pending2027)
        {
            return l.Chinese
                ? $"勞工健康保護規則 115.06.26 修正之第 5 條、第 6 條第 2 至 4 項及第 13 條第 3 項自 {since} 施行，本程式尚未納入新條文。"
                : $"§5, §6 II–IV and §13 III of the Labour Health Protection Rules as revised on 115.06.26 take effect on {since} and are not encoded yet.";
        }

        if (amendment == HealthExamParameters.Pending2028)
        {
            return l.Chinese
                ? $"勞工健康保護規則 115.06.26 修正之第 17、18、20、21 條及附表一、九、十自 {since} 施行，本程式尚未納入新條文。"
                : $"The amendment of 115.06.26 to §17, §18, §20 and §21 and Annexes 1, 9 and 10 of the Labour Health Protection Rules takes effect on {since} and is not encoded yet.";
        }

        if (amendment == TrainingParameters.Amendment115)
        {
            return l.Chinese
                ? $"職業安全衛生教育訓練規則第 17、18 條於 115.06.25 修正、自 {since} 施行，本程式尚未納入新條文。"
                : $"§17 and §18 of the Occupational Safety and Health Education and Training Rules were amended on 115.06.25, in force from {since}; the new text is not encoded yet.";
        }

        return l.Chinese
            ? $"法規修正自 {since} 施行，本程式尚未納入（{amendment.Description}）。"
            : $"An amendment in force from {since} is not encoded yet ({amendment.Description}).";
    }
}
