namespace OshRules.MaternalProtection;

/// <summary>What the employer must do for a worker's tier (分級管理措施), MAT-12. Combinable flags.</summary>
[Flags]
public enum ManagementActions
{
    /// <summary>Nothing (無).</summary>
    None = 0,

    /// <summary>Health staff explain the assessment and its management to the worker, at every tier (說明評估結果及管理措施).</summary>
    ExplainAssessment = 1,

    /// <summary>Tier 1: inform the worker of the result and management (告知評估結果及管理措施).</summary>
    InformWorker = 2,

    /// <summary>Tiers 2 and 3: physician interview and health guidance (醫師面談指導).</summary>
    PhysicianInterview = 4,

    /// <summary>Tier 2: hazard prevention measures (採取危害預防措施).</summary>
    HazardPrevention = 8,

    /// <summary>Tier 3: improve the work environment with effective controls (工作環境改善及有效控制措施).</summary>
    ImproveWorkEnvironment = 16,

    /// <summary>Tier 3: re-assess after the improvement (完成改善後重新評估).</summary>
    ReassessAfterImprovement = 32,

    /// <summary>Tier 3: the physician lists work she must not do (註明不適宜從事之作業).</summary>
    ListUnsuitableWork = 64,

    /// <summary>A physician's fitness-for-work assessment (工作適性評估): requested continuation, tier 3 or an abnormal health finding.</summary>
    FitnessForWorkAssessment = 128,
}
