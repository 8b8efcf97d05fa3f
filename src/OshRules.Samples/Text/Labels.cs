using OshRules.Evaluation;

namespace OshRules.Samples;

/// <summary>The sample's own headings in zh-TW and English (the library's display names come from its resources).</summary>
internal sealed class Labels(DisplayLanguage language)
{
    private static readonly Dictionary<string, (string Zh, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["title"] = ("職業安全衛生法規評估", "Occupational safety and health evaluation"),
        ["asOf"] = ("評估基準日", "Evaluated as of"),
        ["roster"] = ("名冊", "Roster"),
        ["rowsRead"] = ("筆讀入", "rows read"),
        ["rowsRejected"] = ("筆退回", "rows rejected"),
        ["rejected"] = ("退回之資料列", "Rejected rows"),
        ["line"] = ("行", "Line"),
        ["column"] = ("欄位", "Column"),
        ["reason"] = ("原因", "Reason"),
        ["exams"] = ("健康檢查：逾期及即將到期", "Health exams overdue or due soon"),
        ["worker"] = ("員工編號", "Worker"),
        ["name"] = ("姓名", "Name"),
        ["unit"] = ("單位", "Unit"),
        ["exam"] = ("檢查", "Exam"),
        ["hazard"] = ("作業", "Hazard"),
        ["due"] = ("應實施日", "Due"),
        ["status"] = ("狀態", "Status"),
        ["more"] = ("另有 {0} 筆", "{0} more"),
        ["nmq"] = ("肌肉骨骼症狀調查（NMQ）分級", "NMQ grades"),
        ["grade"] = ("分級", "Grade"),
        ["count"] = ("人數", "Workers"),
        ["regions"] = ("3 分以上部位", "Regions scoring 3+"),
        ["maternal"] = ("母性健康保護風險分級", "Maternal protection risk tiers"),
        ["phase"] = ("期間", "Period"),
        ["tier"] = ("風險等級", "Tier"),
        ["findings"] = ("危害與等級", "Hazards and tiers"),
        ["courses"] = ("數位學習課程與測驗", "E-learning courses and tests"),
        ["course"] = ("課程", "Course"),
        ["open"] = ("未完成條件", "Open conditions"),
        ["test"] = ("測驗", "Test"),
        ["attempts"] = ("已用/上限", "Used/limit"),
        ["training"] = ("在職教育訓練：逾期及即將到期", "In-service training overdue or due soon"),
        ["missing"] = ("尚缺時數", "Hours missing"),
        ["table2"] = ("表 2　肌肉骨骼傷病調查結果統計", "Table 2: NMQ survey results"),
        ["table5"] = ("表 5　各部位 3 分以上人數", "Table 5: workers scoring 3+ per region"),
        ["region"] = ("部位", "Region"),
        ["errors"] = ("評估錯誤", "Evaluation errors"),
        ["none"] = ("（無）", "(none)"),
        ["passed"] = ("通過", "passed"),
        ["notPassed"] = ("未通過", "not passed"),
        ["explainNotFound"] = ("名冊中沒有員工編號 {0}。", "No worker {0} in the roster."),
    };

    public DisplayLanguage Language { get; } = language;

    public bool Chinese => Language == DisplayLanguage.ZhTw;

    public string this[string key] => Chinese ? Texts[key].Zh : Texts[key].En;
}
