using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.MaternalProtection;

namespace OshRules.Evaluation.Reports;

/// <summary>
/// Organisation-level reports built from many results (組織統計報表): NMQ 表 2 and 表 5, the maternal execution record
/// 附表六, exams overdue or due soon, and training due. Immutable and thread-safe.
/// </summary>
public sealed record OrganisationReport
{
    private readonly ByElements<IReadOnlyList<ExamDueEntry>> examsDue;
    private readonly ByElements<IReadOnlyList<TrainingDueEntry>> trainingDue;

    /// <summary>The evaluation date.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Cases evaluated (評估案例數).</summary>
    public required int Cases { get; init; }

    /// <summary>Cases that carry an error (錯誤案例數).</summary>
    public required int CasesWithErrors { get; init; }

    /// <summary>NMQ 表 2: headcounts per grade and sub-reason (肌肉骨骼傷病調查結果統計).</summary>
    public required NmqTable2 NmqTable2 { get; init; }

    /// <summary>NMQ 表 5: per body region, the workers scoring 3 or more (各部位疑似有危害人數).</summary>
    public required NmqTable5 NmqTable5 { get; init; }

    /// <summary>Maternal protection execution record 附表六 (母性健康保護執行紀錄).</summary>
    public required MaternalExecutionRecord MaternalExecutionRecord { get; init; }

    /// <summary>Exams overdue or due within the window, overdue first, then by due date (健康檢查到期清單).</summary>
    public required IReadOnlyList<ExamDueEntry> ExamsDue { get => examsDue.Items; init => examsDue = new(value); }

    /// <summary>Training obligations overdue or due within the window (教育訓練到期清單).</summary>
    public required IReadOnlyList<TrainingDueEntry> TrainingDue { get => trainingDue.Items; init => trainingDue = new(value); }
}
