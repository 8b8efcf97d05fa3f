namespace OshRules.MaternalProtection;

/// <summary>How heavy objects are handled (重物處理作業別), MAT-9.</summary>
public enum HandlingMode
{
    /// <summary>Intermittent handling (斷續性作業).</summary>
    Intermittent = 1,

    /// <summary>Continuous handling (持續性作業).</summary>
    Continuous = 2,
}
