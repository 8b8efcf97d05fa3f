namespace OshRules.Samples.Text;

/// <summary>
/// The rules' names in zh-TW, by the English name the library gives them (it starts with the rule id). A rule not
/// listed here is shown by its English name.
/// </summary>
internal static class RuleTitles
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["EDU-1 Course pass conditions"] = "EDU-1 課程通過條件",
        ["EDU-4 Test attempts per cycle"] = "EDU-4 每輪測驗次數",
        ["EDU-5 Reading reset after the attempts ran out"] = "EDU-5 測驗次數用罄後重新閱讀",
        ["EDU-7 Hours credit of a passed course"] = "EDU-7 通過課程之時數採認",
        ["EDU-8 First OSH card needs in-person training"] = "EDU-8 首次申請職安卡須參加實體訓練",
        ["EDU-8 OSH card record expected 3-4 working days after a pass"] = "EDU-8 通過後 3 至 4 個工作天應有職安卡紀錄",
        ["EDU-9 General training on hiring or change of work"] = "EDU-9 新僱或變更工作之一般安全衛生教育訓練",
        ["EDU-9 In-service training due"] = "EDU-9 在職教育訓練到期",
        ["HC-1 Exempt from the hiring exam by a recent periodic exam"] = "HC-1 因近期之定期檢查免實施體格檢查",
        ["HC-1 Exempt from the hiring exam on a claimed ground"] = "HC-1 依所稱事由免實施體格檢查",
        ["HC-1 General physical examination on hiring required"] = "HC-1 應實施僱用時一般體格檢查",
        ["HC-1 General physical examination on hiring required despite a claimed exemption"] = "HC-1 所稱免檢事由不成立，仍應實施一般體格檢查",
        ["HC-1 No hiring exam on record for a worker long in service"] = "HC-1 在職已久而查無僱用時體格檢查紀錄",
        ["HC-2 Periodic general health examination due"] = "HC-2 定期一般健康檢查到期",
        ["HC-4 Special examination due"] = "HC-4 特殊健康檢查到期",
        ["HC-4 Special examination due for work classified by measurement"] = "HC-4 經測定屬特別危害健康作業者之特殊健康檢查到期",
        ["HC-5 Change of work for a worker found unfit"] = "HC-5 經判定不適任者應變更作業",
        ["HC-5 Health management level follow-up"] = "HC-5 健康管理分級之後續措施",
        ["HC-5 Health management follow-up of a graded level"] = "HC-5 依判定之健康管理分級之後續措施",
        ["HC-5 Health management level graded from the physician's findings"] = "HC-5 依醫師綜合判定之健康管理分級",
        ["HC-6 Mixture work classification"] = "HC-6 混合物作業之判定",
        ["HC-6 Noise work classification"] = "HC-6 噪音作業之判定",
        ["HC-8 Exam record retention"] = "HC-8 健康檢查紀錄之保存",
        ["MAT-1 Protection period"] = "MAT-1 母性健康保護期間",
        ["MAT-2 Maternal risk assessment"] = "MAT-2 母性健康危害評估",
        ["MAT-3 Noise tier"] = "MAT-3 噪音分級",
        ["MAT-4 Air lead tier"] = "MAT-4 空氣中鉛濃度分級",
        ["MAT-4 Blood lead tier"] = "MAT-4 血中鉛濃度分級",
        ["MAT-5 Hazardous chemical tier"] = "MAT-5 危害性化學品分級",
        ["MAT-6 Specific chemical over its value"] = "MAT-6 特定化學物質超過規定濃度",
        ["MAT-7 Abnormal pressure tier"] = "MAT-7 異常氣壓作業分級",
        ["MAT-7 Ionizing radiation referral"] = "MAT-7 游離輻射作業轉介",
        ["MAT-8 Biological agent tier"] = "MAT-8 生物性危害分級",
        ["MAT-9 Handling weight at or over the limit"] = "MAT-9 重物處理達規定重量",
        ["MAT-9 Manual handling judged by a physician"] = "MAT-9 經醫師判定之人工搬運",
        ["MAT-10 Listed hazardous work"] = "MAT-10 列舉之危險性或有害性工作",
        ["MAT-18 Maternal protection programme duty of the establishment"] = "MAT-18 事業單位訂定母性健康保護計畫之義務",
        ["NMQ-3 Diagnosed musculoskeletal disease graded red"] = "NMQ-3 確診肌肉骨骼疾病：紅色",
        ["NMQ-3 Hazard signal graded dark yellow"] = "NMQ-3 有危害徵兆：深黃",
        ["NMQ-3 Questionnaire all regions at 2 or less graded no hazard"] = "NMQ-3 問卷各部位皆 2 分以下：無危害",
        ["NMQ-3 Questionnaire region at 3 or more graded light yellow"] = "NMQ-3 問卷有部位 3 分以上：淺黃",
        ["NMQ-4 Graded case goes to simple improvement"] = "NMQ-4 分級個案進行簡易改善",
        ["NMQ-4 Unresolved case goes to advanced improvement"] = "NMQ-4 未改善個案進行進階改善",
        ["NMQ-6 Yearly calendar of the ergonomic programme"] = "NMQ-6 人因性危害預防計畫年度時程",
        ["NMQ-7 Ergonomic hazard prevention duty of the establishment"] = "NMQ-7 事業單位之人因性危害預防義務",
    };

    public static string Of(string ruleName, Labels l) =>
        l.Chinese && Chinese.TryGetValue(ruleName, out var zh) ? zh : ruleName;

    /// <summary>The rule names listed, for the test that every rule of the library has one.</summary>
    internal static IEnumerable<string> Listed => Chinese.Keys;
}
