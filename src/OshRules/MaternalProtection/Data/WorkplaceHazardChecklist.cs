using System.Collections.Immutable;
using static OshRules.MaternalProtection.ChecklistGroup;

namespace OshRules.MaternalProtection;

/// <summary>
/// The workplace hazard checklist 附表一 (母性健康保護工作場所環境及作業危害評估表) as data: 45 items in 6 groups
/// (physical 13, chemical 6, biological 4, ergonomic 7, work stress 7, other 8), MAT-13. Thread-safe.
/// </summary>
/// <remarks>Text as printed in the school's plan (003), which follows the guideline's form; each group ends with 其他 (other).</remarks>
public static class WorkplaceHazardChecklist
{
    /// <summary>All 45 items, by group and number.</summary>
    public static ImmutableArray<ChecklistItem> Items { get; } =
    [
        new(Physical, 1, "工作性質須經常上下階梯或梯架", "Frequently climbs stairs or ladders"),
        new(Physical, 2, "工作性質須搬抬物件上下階梯或梯架", "Carries objects up and down stairs or ladders"),
        new(Physical, 3, "工作場所可能有遭遇物品掉落或移動性物品造成衝擊衝撞", "May be struck by falling or moving objects"),
        new(Physical, 4, "暴露於有害輻射散布場所之工作", "Works where harmful radiation is present"),
        new(Physical, 5, "暴露於噪音作業環境(TWA ≥ 85dB)", "Noise exposure (TWA ≥ 85 dB)"),
        new(Physical, 6, "暴露於會引發不適之環境溫度(熱或冷)", "Uncomfortable ambient temperature (heat or cold)"),
        new(Physical, 7, "暴露於高溫作業之環境", "High-temperature work"),
        new(Physical, 8, "暴露於極大溫差地區之作業環境", "Work across extreme temperature differences"),
        new(Physical, 9, "暴露於全身振動或局部振動之作業", "Whole-body or hand-arm vibration"),
        new(Physical, 10, "暴露於異常氣壓之工作", "Abnormal-pressure work"),
        new(Physical, 11, "作業場所為地下坑道或空間狹小", "Underground tunnels or confined spaces"),
        new(Physical, 12, "工作場所之地板、通道、樓梯或台階有安全防護措施", "Floors, passages, stairs or steps have safety measures"),
        new(Physical, 13, "其他", "Other"),
        new(Chemical, 1, "暴露於依國家標準 CNS 15030 分類屬生殖毒性物質第一級之作業環境", "Category 1 reproductive toxicant (CNS 15030)"),
        new(Chemical, 2, "暴露於依國家標準 CNS 15030 分類屬生殖細胞致突變性物質第一級之作業環境", "Category 1 germ-cell mutagen (CNS 15030)"),
        new(Chemical, 3, "暴露於鉛及其化合物散布場所之作業環境", "Lead and its compounds"),
        new(Chemical, 4, "暴露於製造或處置抗細胞分裂及具細胞毒性藥物之作業環境", "Making or handling antimitotic or cytotoxic drugs"),
        new(Chemical, 5, "暴露於對哺乳功能有不良影響致危害嬰兒健康之作業環境", "Substances harmful to lactation and to the infant"),
        new(Chemical, 6, "其他", "Other"),
        new(Biological, 1, "暴露於感染弓形蟲之作業環境", "Toxoplasma"),
        new(Biological, 2, "暴露於感染德國麻疹之作業環境", "Rubella"),
        new(Biological, 3, "暴露於具有致病或致死之微生物：如 B 型肝炎或水痘、C 型肝炎或人類免疫缺乏病毒或肺結核等", "Pathogens such as hepatitis B, varicella, hepatitis C, HIV or tuberculosis"),
        new(Biological, 4, "其他", "Other"),
        new(Ergonomic, 1, "工作性質為處理一定重量以上之重物處理作業", "Handling loads above a set weight"),
        new(Ergonomic, 2, "工作須經常提舉或移動(推拉)大型重物或物件", "Frequently lifts or moves (pushes, pulls) large loads"),
        new(Ergonomic, 3, "搬抬物件之作業姿勢具困難度或經常反覆不正常或不自然的姿勢", "Awkward or unnatural postures when carrying"),
        new(Ergonomic, 4, "工作姿勢經常為重覆性之動作", "Repetitive movements"),
        new(Ergonomic, 5, "工作姿勢會受空間不足而影響（活動或伸展空間狹小）", "Posture constrained by lack of space"),
        new(Ergonomic, 6, "工作台之設計不符合人體力學，易造成肌肉骨骼不適症狀", "Workstation not ergonomic, causing musculoskeletal discomfort"),
        new(Ergonomic, 7, "其他", "Other"),
        new(WorkStress, 1, "工作性質須輪班或夜間工作", "Shift or night work"),
        new(WorkStress, 2, "工作性質須經常加班或出差", "Frequent overtime or travel"),
        new(WorkStress, 3, "工作性質為獨自作業", "Working alone"),
        new(WorkStress, 4, "工作性質較無法彈性調整工作時間或安排休假", "Little flexibility in hours or leave"),
        new(WorkStress, 5, "工作性質易受暴力攻擊", "Exposed to violence"),
        new(WorkStress, 6, "工作性質屬工作負荷較大或常伴隨精神緊張", "Heavy workload or frequent mental strain"),
        new(WorkStress, 7, "其他", "Other"),
        new(Other, 1, "工作中須長時間站立", "Prolonged standing"),
        new(Other, 2, "工作中須長時間靜坐", "Prolonged sitting"),
        new(Other, 3, "工作需頻繁變換不同姿勢，如經常由低位變換至高位之姿勢", "Frequent changes of posture, low to high"),
        new(Other, 4, "工作中須穿戴個人防護具或防護衣或制服", "Must wear protective equipment, clothing or uniform"),
        new(Other, 5, "工作性質須經常駕駛車輛或騎乘摩拖車外出", "Frequently drives a car or rides a motorcycle"),
        new(Other, 6, "作業場所對於如廁、進食、飲水或休憩之地點便利性不足", "Poor access to toilets, food, water or rest"),
        new(Other, 7, "工作場所未設置哺乳室或友善度不足", "No or unfriendly lactation room"),
        new(Other, 8, "其他", "Other"),
    ];

    /// <summary>The number of items in a group (13, 6, 4, 7, 7, 8).</summary>
    /// <param name="group">The group.</param>
    /// <returns>The count.</returns>
    public static int CountIn(ChecklistGroup group) => Items.Count(i => i.Group == group);

    /// <summary>The item of a group and number, or <see langword="null"/> when there is none.</summary>
    /// <param name="group">The group.</param>
    /// <param name="number">The number within the group.</param>
    /// <returns>The item.</returns>
    public static ChecklistItem? Find(ChecklistGroup group, int number) =>
        Items.FirstOrDefault(i => i.Group == group && i.Number == number);
}
