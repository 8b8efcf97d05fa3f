namespace OshRules.Ergonomics;

/// <summary>The form the ergonomic-hazard prevention measures must take (人因性危害預防措施之形式), 職業安全衛生設施規則 §324-1 II.</summary>
public enum ProgrammeForm
{
    /// <summary>Execution records or documents may stand in for a programme (得以執行紀錄或文件代替): fewer than 100 workers.</summary>
    RecordsOrDocuments = 1,

    /// <summary>A written programme is required (應訂定人因性危害預防計畫): 100 workers or more.</summary>
    WrittenProgramme = 2,
}
