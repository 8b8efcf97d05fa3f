namespace OshRules.MaternalProtection;

/// <summary>Why a fitness-for-work assessment (適性評估) is needed, MAT-12. Combinable flags.</summary>
[Flags]
public enum FitnessAssessmentReasons
{
    /// <summary>Not needed (無).</summary>
    None = 0,

    /// <summary>She asks to continue her original work (繼續從事原工作).</summary>
    ContinuationRequested = 1,

    /// <summary>Her tier is 3 (第三級管理).</summary>
    Tier3 = 2,

    /// <summary>A physician found an abnormal health finding (健康狀況異常), MAT-15.</summary>
    AbnormalHealthFinding = 4,
}
