namespace OshRules.HealthExams;

/// <summary>The kind of a health examination (健康檢查種類).</summary>
public enum ExamKind
{
    /// <summary>General physical examination on hiring (一般體格檢查), §16.</summary>
    GeneralPhysical = 1,

    /// <summary>Periodic general health examination in service (一般健康檢查), §17.</summary>
    PeriodicGeneral = 2,

    /// <summary>Special physical examination before special hazardous work (特殊體格檢查), §16.</summary>
    SpecialPhysical = 3,

    /// <summary>Periodic special health examination in special hazardous work (特殊健康檢查), §18.</summary>
    SpecialPeriodic = 4,
}
