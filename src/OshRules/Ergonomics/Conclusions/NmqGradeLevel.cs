namespace OshRules.Ergonomics;

/// <summary>
/// The hazard grade of 表 1 (肌肉骨骼傷病調查危害等級), ordered by severity so that a higher value is a worse case.
/// </summary>
/// <remarks>NMQ-3: the highest grade that applies wins.</remarks>
public enum NmqGradeLevel
{
    /// <summary>No hazard (無危害): all regions score 2 or less; no colour (無色); keep under control (管控).</summary>
    None = 0,

    /// <summary>Suspected hazard (疑似有危害): some region scores 3 or more; light yellow (淺黃).</summary>
    LightYellow = 1,

    /// <summary>Hazard (有危害): a reported suspected case, high medical use, abnormal resignation, frequent sick leave or absence; dark yellow (深黃色).</summary>
    DarkYellow = 2,

    /// <summary>Diagnosed disease (確診疾病): a diagnosed musculoskeletal disease; red (紅色).</summary>
    Red = 3,
}
