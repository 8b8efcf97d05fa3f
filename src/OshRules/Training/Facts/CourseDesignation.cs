namespace OshRules.Training;

/// <summary>How the central authority stands behind an online course (網路教學課程之指定或認可).</summary>
/// <remarks>
/// 職業安全衛生教育訓練規則 §17 IV (110.07.07 text): hours of a designated (指定) online course may be accepted in full
/// as general training; hours of a merely recognised (認可) online course count for at most 2 hours. §19 III lets
/// only designated courses count towards in-service training.
/// </remarks>
public enum CourseDesignation
{
    /// <summary>Designated by the central authority, e.g. the OSHA platform's own courses (中央主管機關指定).</summary>
    Designated = 1,

    /// <summary>Recognised by the central authority only (中央主管機關認可).</summary>
    Recognised = 2,
}
