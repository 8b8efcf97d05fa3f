using OshRules.Training;

namespace OshRules.Evaluation.Reports;

/// <summary>One training obligation that is overdue or due within the window (應實施之教育訓練). Immutable and thread-safe.</summary>
/// <param name="CaseId">The case key.</param>
/// <param name="Due">The obligation.</param>
public sealed record TrainingDueEntry(string CaseId, TrainingDue Due);
