using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-1: a newly hired worker is exempt from the general physical examination (得免實施一般體格檢查).
/// Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker.</param>
/// <param name="Reason">The ground of exemption.</param>
/// <param name="ProvenExam">For <see cref="HiringExemptionReason.RecentExamProven"/>, the day of the exam relied on.</param>
/// <param name="RulesVersion">The version of 勞工健康保護規則 applied.</param>
/// <param name="PendingAmendment">Set when the evaluation date or the hire day is on or after 2026-07-01 (the 115.06.26 text of §16, and from 2028-01-01 of §17, not encoded).</param>
/// <param name="Basis">§16 II item or §16 III.</param>
public sealed record HireExamExempt(string SubjectId, HiringExemptionReason Reason, DateOnly? ProvenExam, LawVersion RulesVersion, PendingAmendment? PendingAmendment, IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"HireExamExempt {{ Reason = {Reason} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Reason, ProvenExam, RulesVersion, PendingAmendment);
}
