namespace OshRules.MaternalProtection;

/// <summary>An answer to a checklist item of 附表一 (評估結果), MAT-13.</summary>
public enum ChecklistAnswer
{
    /// <summary>The hazard is absent (無).</summary>
    No = 0,

    /// <summary>The hazard is present (有).</summary>
    Yes = 1,

    /// <summary>The hazard may have an effect (可能有影響).</summary>
    MayAffect = 2,
}
