namespace OshRules.Ergonomics;

/// <summary>
/// The findings behind a grade (危害情形), one flag per sub-reason row of 表 2.
/// </summary>
[Flags]
#pragma warning disable CA1711 // "Findings" is the domain word, not a collection suffix.
public enum NmqFindings
#pragma warning restore CA1711
{
    /// <summary>No finding (無).</summary>
    None = 0,

    /// <summary>Diagnosed musculoskeletal disease (確診肌肉骨骼傷病).</summary>
    DiagnosedDisease = 1,

    /// <summary>Suspected case under notification (通報中的疑似肌肉骨骼傷病).</summary>
    ReportedSuspectedCase = 2,

    /// <summary>Abnormal resignation (異常離職).</summary>
    AbnormalResignation = 4,

    /// <summary>Frequent sick leave or absence (經常性病假、缺工).</summary>
    FrequentSickLeaveOrAbsence = 8,

    /// <summary>Frequent requests for pain patches, medicine, injections or massage (經常性索取痠痛貼布、打針、或按摩).</summary>
    FrequentMedicalRequests = 16,

    /// <summary>Some region of the questionnaire scores 3 or more (肌肉骨骼症狀問卷調查表 3 分以上).</summary>
    QuestionnaireRegionAtRisk = 32,
}
