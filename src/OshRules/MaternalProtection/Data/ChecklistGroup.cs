namespace OshRules.MaternalProtection;

/// <summary>The six hazard groups of the workplace checklist 附表一 (危害類型), MAT-13.</summary>
public enum ChecklistGroup
{
    /// <summary>Physical hazards (物理性危害), 13 items.</summary>
    Physical = 1,

    /// <summary>Chemical hazards (化學性危害), 6 items.</summary>
    Chemical = 2,

    /// <summary>Biological hazards (生物性危害), 4 items.</summary>
    Biological = 3,

    /// <summary>Ergonomic hazards (人因性危害), 7 items.</summary>
    Ergonomic = 4,

    /// <summary>Work stress (工作壓力), 7 items.</summary>
    WorkStress = 5,

    /// <summary>Other (其他), 8 items.</summary>
    Other = 6,
}
