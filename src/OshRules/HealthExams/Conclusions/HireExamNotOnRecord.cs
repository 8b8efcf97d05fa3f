using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-1: a worker long in service has no general physical exam on hiring on record, nor any general exam since
/// (查無僱用時一般體格檢查紀錄). A fact to state, not a deadline: the periodic general exam, due now, is what the worker is
/// owed (<see cref="PeriodicGeneralExamDue"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The hiring exam is owed before work starts (§16 I). Once the periodic exam that would have followed it is itself due
/// (<see cref="SupersededOn"/>, §17 I counted from the hire day), an exam now can no longer serve as the exam on hiring:
/// the worker is owed the periodic exam, and the missing hiring record is reported, not counted as overdue for decades.
/// </remarks>
/// <param name="SubjectId">The worker.</param>
/// <param name="HireDate">The day the worker was hired.</param>
/// <param name="SupersededOn">
/// The day from which the periodic exam is owed instead (由定期一般健康檢查取代之日): the due day of the periodic exam had the
/// hiring exam been done on the hire day (HC-3, day-exact).
/// </param>
/// <param name="RulesVersion">The version of 勞工健康保護規則 applied.</param>
/// <param name="PendingAmendment">Set when the evaluation date is on or after 2026-07-01 (the 115.06.26 text of §16, and from 2028-01-01 of §17, not encoded).</param>
/// <param name="Basis">§16 I and the §17 I item of the interval that set <paramref name="SupersededOn"/>.</param>
public sealed record HireExamNotOnRecord(
    string SubjectId,
    DateOnly HireDate,
    DateOnly SupersededOn,
    LawVersion RulesVersion,
    PendingAmendment? PendingAmendment,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"HireExamNotOnRecord {{ HireDate = {HireDate:yyyy-MM-dd}, SupersededOn = {SupersededOn:yyyy-MM-dd} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, HireDate, SupersededOn, RulesVersion, PendingAmendment);
}
