namespace OshRules.HealthExams;

/// <summary>The follow-up an exam result requires, §21 II–III and 職業安全衛生法 §21 (後續處置). Flags combine.</summary>
[Flags]
public enum FollowUpAction
{
    /// <summary>Nothing further (無須處置).</summary>
    None = 0,

    /// <summary>The physician notes the work the worker should not do, from level 2 (註明不適宜從事之作業).</summary>
    PhysicianNotesUnsuitableWork = 1,

    /// <summary>The physician notes a clinical diagnosis, levels 3–4 (註明臨床診斷).</summary>
    PhysicianNotesClinicalDiagnosis = 2,

    /// <summary>Personal health guidance, level 2 (個人健康指導).</summary>
    PersonalHealthGuidance = 4,

    /// <summary>Follow-up exam by an occupational-medicine specialist, level 3 (職業醫學科專科醫師實施健康追蹤檢查).</summary>
    SpecialistFollowUpExam = 8,

    /// <summary>On-site assessment of suspected work-related disease when needed, level 3 (必要時實施現場評估).</summary>
    OnSiteAssessmentWhenNeeded = 16,

    /// <summary>Re-grading after the assessment, level 3 (依評估結果重新分級).</summary>
    Regrade = 32,

    /// <summary>Notification of the grading and measures to the authority, level 3 (通報分級結果及採行措施).</summary>
    NotifyAuthority = 64,

    /// <summary>Hazard control and management measures where exposure remains, level 4 (危害控制及相關管理措施).</summary>
    HazardControlMeasures = 128,

    /// <summary>Change of workplace, job or working hours for a worker found unfit (變更作業場所、更換工作或縮短工作時間).</summary>
    ChangeWorkplaceJobOrHours = 256,
}
