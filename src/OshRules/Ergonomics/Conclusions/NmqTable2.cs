namespace OshRules.Ergonomics;

/// <summary>
/// 表 2, the health unit's musculoskeletal statistics (肌肉骨骼疾病統計表): head-counts per grade and sub-reason.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// NMQ-5. Each worker is counted in one grade, the highest (NMQ-3); subtotals count workers, never findings.
/// <see cref="GradedTotal"/> is 以上累計 (the three graded rows), <see cref="Total"/> is 總計 (graded and 無危害),
/// <see cref="AllWorkers"/> is 全體勞工 = 總計 + 出差 (workers away on business could not be surveyed).
/// </remarks>
public sealed record NmqTable2
{
    /// <summary>Diagnosed musculoskeletal disease (確診疾病 — 肌肉骨骼傷病).</summary>
    public int DiagnosedDisease { get; init; }

    /// <summary>Subtotal of 確診疾病 (小計).</summary>
    public int DiagnosedSubtotal => DiagnosedDisease;

    /// <summary>Reported suspected case (有危害 — 通報中的疑似肌肉骨骼傷病).</summary>
    public int ReportedSuspectedCase { get; init; }

    /// <summary>Abnormal resignation (有危害 — 異常離職).</summary>
    public int AbnormalResignation { get; init; }

    /// <summary>Frequent sick leave or absence (有危害 — 經常性病假、缺工).</summary>
    public int FrequentSickLeaveOrAbsence { get; init; }

    /// <summary>Frequent requests for patches, injections or massage (有危害 — 經常性索取痠痛貼布、打針、或按摩).</summary>
    public int FrequentMedicalRequests { get; init; }

    /// <summary>Subtotal of 有危害: workers graded dark yellow (小計).</summary>
    public int HazardSubtotal { get; init; }

    /// <summary>Questionnaire suspected cases (疑似有危害 — 肌肉骨骼症狀問卷調查表).</summary>
    public int QuestionnaireSuspected { get; init; }

    /// <summary>Subtotal of 疑似有危害 (小計).</summary>
    public int SuspectedSubtotal => QuestionnaireSuspected;

    /// <summary>Workers in the three graded rows (以上累計).</summary>
    public int GradedTotal => checked(DiagnosedSubtotal + HazardSubtotal + SuspectedSubtotal);

    /// <summary>No hazard (無危害).</summary>
    public int NoHazard { get; init; }

    /// <summary>All graded workers, with 無危害 (總計).</summary>
    public int Total => checked(GradedTotal + NoHazard);

    /// <summary>Workers away on business, not surveyed (出差).</summary>
    public int OnBusinessTrip { get; init; }

    /// <summary>All workers (全體勞工) = <see cref="Total"/> + <see cref="OnBusinessTrip"/>.</summary>
    public int AllWorkers => checked(Total + OnBusinessTrip);

    /// <summary>How workers with several sub-reasons were counted.</summary>
    public NmqSubReasonCounting Counting { get; init; }
}
