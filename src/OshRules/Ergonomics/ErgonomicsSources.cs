using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>The texts the Ergonomics family cites (人因性危害預防之法源), with the versions encoded.</summary>
public static class ErgonomicsSources
{
    /// <summary>
    /// 國立羅東高級工業職業學校人因性危害預防計畫 — the school's ergonomic hazard prevention programme, the seed of
    /// 表 1, 表 2, 表 5 and 表 6 (not a statute; it applies 人因性危害預防計畫指引 to the school).
    /// </summary>
    public static readonly LawName SchoolProgramme = new(
        "國立羅東高級工業職業學校人因性危害預防計畫",
        "Lotung Vocational High School Ergonomic Hazard Prevention Programme",
        IsStatute: false);

    /// <summary>The programme's version: revised and adopted by the OSH committee on 112.06.21 (2023-06-21), 案由八.</summary>
    public static readonly LawVersion SchoolProgrammeVersion = LawVersion.On(new DateOnly(2023, 6, 21));

    /// <summary>
    /// The version of 職業安全衛生設施規則 §324-1 encoded: the article was added by the amendment of 103.07.01 (2014-07-01)
    /// and, as far as the authors know, its text has not changed since; not re-verified against 全國法規資料庫 from
    /// the build machine (no access), so the effective date is taken as the promulgation date.
    /// </summary>
    public static readonly LawVersion FacilitiesRules324Version = LawVersion.On(new DateOnly(2014, 7, 1));

    /// <summary>The day the family's parameters were last checked against their sources.</summary>
    public static readonly DateOnly CheckedOn = new(2026, 11, 23);

    /// <summary>表 1 肌肉骨骼傷病調查危害等級分級表 of the school programme (NMQ-3).</summary>
    public static readonly Citation Table1 = new Citation(SchoolProgramme, version: SchoolProgrammeVersion).WithAnnex("表1", "Table 1");

    /// <summary>表 6 肌肉骨骼症狀調查表 of the school programme (NMQ-1, NMQ-2).</summary>
    public static readonly Citation Table6 = new Citation(SchoolProgramme, version: SchoolProgrammeVersion).WithAnnex("表6", "Table 6");

    /// <summary>表 2 and 表 5 of the school programme, the organisation statistics (NMQ-5).</summary>
    public static readonly Citation Tables2And5 = new Citation(SchoolProgramme, version: SchoolProgrammeVersion).WithAnnex("表2、表5", "Tables 2 and 5");

    /// <summary>六、1. 改善方案 of the school programme: simple, then advanced improvement (NMQ-4).</summary>
    public static readonly Citation ImprovementSection = new Citation(SchoolProgramme, version: SchoolProgrammeVersion) with { Note = "六、1. 改善方案" };

    /// <summary>計畫實施時程 of the school programme: the yearly calendar (NMQ-6).</summary>
    public static readonly Citation CalendarSection = new Citation(SchoolProgramme, version: SchoolProgrammeVersion) with { Note = "計畫實施時程" };

    /// <summary>職業安全衛生設施規則 §324-1 I: prevention measures for repetitive work, records kept three years (NMQ-7).</summary>
    public static readonly Citation FacilitiesRules324Para1 = new Citation(LawName.OshFacilitiesRules, 324, 1, version: FacilitiesRules324Version) with { SubArticle = 1 };

    /// <summary>職業安全衛生設施規則 §324-1 I ③: assess, choose and carry out improvements (NMQ-4).</summary>
    public static readonly Citation FacilitiesRules324Para1Item3 = new Citation(LawName.OshFacilitiesRules, 324, 1, 3, FacilitiesRules324Version) with { SubArticle = 1 };

    /// <summary>職業安全衛生設施規則 §324-1 II: a written programme from 100 workers (NMQ-7).</summary>
    public static readonly Citation FacilitiesRules324Para2 = new Citation(LawName.OshFacilitiesRules, 324, 2, version: FacilitiesRules324Version) with { SubArticle = 1 };
}
