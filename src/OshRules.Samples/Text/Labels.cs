using System.Globalization;
using OshRules.Evaluation;
using OshRules.Law;

namespace OshRules.Samples.Text;

/// <summary>
/// The sample's own words in zh-TW and English, and its dates as ISO or ROC (民國) dates. The library's display names
/// (enums, conclusion types) come from its resources through <c>DisplayNames</c>.
/// </summary>
internal sealed class Labels(DisplayLanguage language, bool roc = false)
{
    private static readonly Dictionary<string, (string Zh, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["title"] = ("職業安全衛生法規評估", "Occupational safety and health evaluation"),
        ["reportTitle"] = ("職業安全衛生委員會報告：健康檢查、人因性危害、母性保護、教育訓練", "Report to the OSH committee: health exams, ergonomics, maternal protection, training"),
        ["confidential"] = ("健康資料，限職業安全衛生業務使用", "Health data: for occupational safety and health work only"),
        ["asOf"] = ("評估基準日", "Evaluated as of"),
        ["roster"] = ("名冊", "Roster"),
        ["rosterLine"] = ("{0} 列資料：{1} 列已評估，{2} 列退回（{3}）", "{0} rows: {1} evaluated, {2} rejected ({3})"),
        ["rosterLine1"] = ("{0} 列資料：{1} 列已評估，{2} 列退回（{3}）", "{0} row: {1} evaluated, {2} rejected ({3})"),
        ["evaluating"] = ("評估中", "Evaluating"),
        ["rejected"] = ("退回之資料列", "Rejected rows"),
        ["line"] = ("行", "Line"),
        ["column"] = ("欄位", "Column"),
        ["reason"] = ("原因", "Reason"),
        ["notices"] = ("法規修正提醒", "Amendments not yet encoded"),
        ["summary"] = ("摘要", "Summary"),
        ["exams"] = ("健康檢查：逾期及即將到期", "Health exams overdue or due soon"),
        ["examsSection"] = ("健康檢查（勞工健康保護規則）", "Health examinations (Labour Health Protection Rules)"),
        ["examsChart"] = ("未來 12 個月每月應實施之健康檢查（依檢查種類）", "Exams due per month over the next 12 months, by kind"),
        ["overdue"] = ("已逾期", "Overdue"),
        ["dueSoon"] = ("即將到期", "Due soon"),
        ["later"] = ("12 個月後", "Later than 12 months"),
        ["scheduled"] = ("排定之檢查", "Exams scheduled"),
        ["followUps"] = ("特殊健康檢查健康管理分級", "Health management levels after special exams"),
        ["worker"] = ("員工編號", "Worker"),
        ["name"] = ("姓名", "Name"),
        ["unit"] = ("單位", "Unit"),
        ["noUnit"] = ("（其他單位或未填）", "(other units or none given)"),
        ["exam"] = ("檢查", "Exam"),
        ["hazard"] = ("作業", "Hazard"),
        ["due"] = ("應實施日", "Due"),
        ["status"] = ("狀態", "Status"),
        ["more"] = ("另有 {0} 筆未列出", "{0} more not listed"),
        ["nmq"] = ("肌肉骨骼症狀調查（NMQ）分級", "NMQ grades"),
        ["nmqSection"] = ("人因性危害預防（肌肉骨骼症狀調查）", "Ergonomic hazards (musculoskeletal symptom survey)"),
        ["nmqByUnit"] = ("各單位 NMQ 分級人數", "NMQ grades by unit"),
        ["bodyMap"] = ("身體部位圖：各部位 3 分以上者占填答人數之比例", "Body map: share of respondents scoring 3 or more per region"),
        ["front"] = ("正面", "Front"),
        ["back"] = ("背面", "Back"),
        ["workerRight"] = ("右", "R"),
        ["workerLeft"] = ("左", "L"),
        ["sideNote"] = ("左右以受測者本身為準（如 NMQ 問卷圖示）", "Left and right are the worker's own, as on the NMQ form"),
        ["respondents"] = ("填答人數", "Respondents"),
        ["share"] = ("比例", "Share"),
        ["grade"] = ("分級", "Grade"),
        ["count"] = ("人數", "Workers"),
        ["regions"] = ("3 分以上部位", "Regions scoring 3+"),
        ["improvements"] = ("改善（簡易 / 進階）", "Improvements (simple / advanced)"),
        ["maternal"] = ("母性健康保護風險分級", "Maternal protection risk tiers"),
        ["maternalSection"] = ("母性健康保護", "Maternal health protection"),
        ["annex6"] = ("附表六 執行紀錄", "Annex 6 execution record"),
        ["women"] = ("女性勞工", "Women"),
        ["womenReproductive"] = ("15–49 歲女性勞工", "Women aged 15–49"),
        ["pregnant"] = ("妊娠中", "Pregnant"),
        ["breastfeeding"] = ("哺乳中", "Breastfeeding"),
        ["interviews"] = ("需醫師面談", "Physician interviews needed"),
        ["fitness"] = ("需適性評估", "Fitness assessments needed"),
        ["phase"] = ("期間", "Period"),
        ["protectionPeriod"] = ("保護期間（每筆母性狀態）", "Protection period (each maternal status)"),
        ["statuses"] = ("狀態數", "Statuses"),
        ["tier"] = ("風險等級", "Tier"),
        ["findings"] = ("危害與等級", "Hazards and tiers"),
        ["downgradable"] = ("可降級", "downgradable"),
        ["actions"] = ("應辦事項", "Actions"),
        ["courses"] = ("數位學習課程與測驗", "E-learning courses and tests"),
        ["trainingSection"] = ("教育訓練與數位學習", "Training and e-learning"),
        ["course"] = ("課程", "Course"),
        ["coursesPassed"] = ("已通過", "Passed"),
        ["coursesInRetake"] = ("補考中", "In retake"),
        ["coursesReset"] = ("須重新閱讀", "Reading reset"),
        ["coursesInProgress"] = ("進行中", "In progress"),
        ["open"] = ("未完成條件", "Open conditions"),
        ["test"] = ("測驗", "Test"),
        ["attempts"] = ("已用/上限", "Used/limit"),
        ["training"] = ("教育訓練：逾期及即將到期", "Training overdue or due soon"),
        ["trainingChart"] = ("未來 12 個月每月到期之教育訓練", "Training due per month over the next 12 months"),
        ["kind"] = ("種類", "Kind"),
        ["missing"] = ("尚缺時數", "Hours missing"),
        ["table2"] = ("表 2　肌肉骨骼傷病調查結果統計", "Table 2: NMQ survey results"),
        ["table5"] = ("表 5　各部位 3 分以上人數", "Table 5: workers scoring 3+ per region"),
        ["region"] = ("部位", "Region"),
        ["other"] = ("其他結論", "Other conclusions"),
        ["conclusion"] = ("結論", "Conclusion"),
        ["none"] = ("（無）", "(none)"),
        ["yes"] = ("是", "yes"),
        ["no"] = ("否", "no"),
        ["passed"] = ("通過", "passed"),
        ["notPassed"] = ("未通過", "not passed"),
        ["total"] = ("合計", "Total"),
        ["legend"] = ("圖例", "Legend"),
        ["chartBars"] = ("長條高度為人次", "Bar heights are counts"),
        ["explainNotFound"] = ("名冊中沒有員工編號 {0}。", "No worker {0} in the roster."),
        ["explainHeader"] = ("員工 {0}（第 {1} 行），評估基準日 {2}", "Worker {0} (line {1}), evaluated as of {2}"),
        ["explainRejected"] = ("本列未評估：第 {0} 行，欄位 {1}：{2}", "This row was not evaluated: line {0}, column {1}: {2}"),
        ["explainNone"] = ("（無結論）", "(no conclusions)"),
        ["answer"] = ("結論", "Answer"),
        ["rule"] = ("規則", "Rule"),
        ["basis"] = ("法源依據", "Legal basis"),
        ["amendment"] = ("法規修正", "Amendment"),
        ["rosterNotFound"] = ("找不到名冊檔案：{0}", "Roster file not found: {0}"),
        ["outputDirMissing"] = ("無法寫入 {0} {1}：資料夾不存在。", "Cannot write {0} {1}: the folder does not exist."),
        ["outputNotWritable"] = ("無法寫入 {0} {1}：{2}", "Cannot write {0} {1}: {2}"),
        ["outputSame"] = ("{0} 與 {1} 指向同一檔案。", "{0} and {1} name the same file."),
        ["outputIsRoster"] = ("{0} 會覆寫名冊檔案。", "{0} would overwrite the roster."),
        ["outputFailed"] = ("寫入輸出時失敗：{0}", "Writing the output failed: {0}"),
        ["written"] = ("已寫入 {0}：{1}", "{0} written: {1}"),
        ["dateRefused"] = ("程式庫無法以 {0} 為評估基準日：{1}", "The library cannot evaluate as of {0}: {1}"),
        ["asOfInvalid"] = ("--as-of 無效：{0}", "--as-of is invalid: {0}"),
        ["noneEvaluated"] = ("沒有任何資料列能評估。", "No row could be evaluated."),
        ["monthLabel"] = ("月份", "Month"),
        ["generatedBy"] = ("由 OshRules 範例程式產生；結論依所列法規條文，仍應由職業安全衛生人員判讀。", "Made by the OshRules sample; the conclusions follow the articles cited and are for OSH staff to review."),
        ["page"] = ("頁", "page"),
    };

    public DisplayLanguage Language { get; } = language;

    public bool Chinese => Language == DisplayLanguage.ZhTw;

    /// <summary>Whether dates are shown as ROC (民國) dates.</summary>
    public bool Roc { get; } = roc;

    public string this[string key] => Chinese ? Texts[key].Zh : Texts[key].En;

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    public string Pick(Bilingual text) => text.In(Language);

    /// <summary>The colon between a label and its value: full-width in zh-TW.</summary>
    public string Colon => Chinese ? "：" : ": ";

    /// <summary>A date in a table: <c>2026-12-03</c>, or <c>115.12.03</c> with ROC dates.</summary>
    public string Date(DateOnly date) =>
        Roc && date.Year > RocDate.YearOffset ? RocDate.Format(date, RocDateStyle.Dotted) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date in a heading: <c>2026-12-03</c>, or <c>民國115年12月3日</c> (zh-TW) / <c>115.12.03 (ROC)</c> with ROC dates.</summary>
    public string LongDate(DateOnly date) =>
        !Roc || date.Year <= RocDate.YearOffset ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Chinese ? "民國" + RocDate.Format(date, RocDateStyle.Chinese)
        : RocDate.Format(date, RocDateStyle.Dotted) + " (ROC)";

    /// <summary>A month on a chart's axis: <c>2026-12</c>, or <c>115.12</c> with ROC dates.</summary>
    public string Month(DateOnly firstDay) => Date(firstDay)[..^3];

    public string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);
}
