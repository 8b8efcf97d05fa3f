namespace OshRules.MaternalProtection;

/// <summary>Work arrangements made for a worker (適性工作安排), as counted in 附表六, MAT-17.</summary>
[Flags]
public enum WorkAdjustments
{
    /// <summary>None (無).</summary>
    None = 0,

    /// <summary>Hours adjusted or reduced (調整或縮短工作時間).</summary>
    ReducedHours = 1,

    /// <summary>Work changed (變更工作).</summary>
    ChangedWork = 2,

    /// <summary>Leave granted (給予休假).</summary>
    Leave = 4,

    /// <summary>Other arrangement (其他).</summary>
    Other = 8,
}
