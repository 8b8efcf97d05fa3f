using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-1: a newly hired worker needs the general physical examination before work starts, and none is on record
/// (僱用時應實施一般體格檢查). Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker.</param>
/// <param name="DueDate">The hire date: the exam is due before work starts.</param>
/// <param name="Status">Where the requirement stands on the evaluation date (HC-7).</param>
/// <param name="RulesVersion">The version of 勞工健康保護規則 applied.</param>
/// <param name="PendingAmendment">Set when the evaluation date or the hire day is on or after 2026-07-01 (the 115.06.26 text of §16, not encoded).</param>
/// <param name="Basis">§16 I.</param>
public sealed record HireExamRequired(string SubjectId, DateOnly DueDate, ExamStatus Status, LawVersion RulesVersion, PendingAmendment? PendingAmendment, IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"HireExamRequired {{ DueDate = {DueDate:yyyy-MM-dd}, Status = {Status} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, DueDate, Status, RulesVersion, PendingAmendment);
}
