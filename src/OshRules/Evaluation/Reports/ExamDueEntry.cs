using OshRules.HealthExams;

namespace OshRules.Evaluation.Reports;

/// <summary>
/// One health examination that is overdue or due within the window (應實施之健康檢查). Immutable and thread-safe.
/// </summary>
/// <param name="CaseId">The case key.</param>
/// <param name="WorkerId">The worker's key.</param>
/// <param name="Exam">What exam: hiring, periodic general, special physical or special periodic.</param>
/// <param name="Hazard">The special hazard, for special exams.</param>
/// <param name="DueDate">The day the exam falls due.</param>
/// <param name="Status">Overdue or due soon, with days.</param>
public sealed record ExamDueEntry(string CaseId, string WorkerId, ExamKind Exam, SpecialHazard? Hazard, DateOnly DueDate, ExamStatus Status);
