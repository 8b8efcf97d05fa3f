namespace OshRules.Ergonomics;

/// <summary>The recommended actions of 表 1 (建議處置方案).</summary>
[Flags]
public enum NmqActions
{
    /// <summary>No action.</summary>
    None = 0,

    /// <summary>Keep under control and follow up (管控).</summary>
    Control = 1,

    /// <summary>Administrative improvement (行政改善).</summary>
    AdministrativeImprovement = 2,

    /// <summary>Health promotion (健康促進).</summary>
    HealthPromotion = 4,

    /// <summary>Ergonomic (engineering) improvement (人因工程改善).</summary>
    ErgonomicImprovement = 8,
}
