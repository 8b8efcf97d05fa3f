using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-2/HC-3: when a worker in service is next due a periodic general health examination (一般健康檢查到期).
/// Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker.</param>
/// <param name="LastExam">The day of the last general exam on record (hiring or periodic), or null when there is none.</param>
/// <param name="AgeBand">The age band on the day the interval ends, which decides the interval (HC-3).</param>
/// <param name="Interval">The interval applied.</param>
/// <param name="DueDate">The last day on which the exam is in time (after the counting policy and eligibility option).</param>
/// <param name="Status">Where the requirement stands on the evaluation date (HC-7).</param>
/// <param name="Options">The options applied.</param>
/// <param name="RulesVersion">The version of 勞工健康保護規則 applied.</param>
/// <param name="PendingAmendment">Set when the evaluation or due date is on or after 2028-01-01 (the 115.06.26 §17 text, not encoded).</param>
/// <param name="Basis">The citations: §17 I item of the band, and the Civil Code for counting.</param>
public sealed record PeriodicGeneralExamDue(
    string SubjectId,
    DateOnly? LastExam,
    AgeBand AgeBand,
    CalendarPeriod Interval,
    DateOnly DueDate,
    ExamStatus Status,
    HealthExamOptions Options,
    LawVersion RulesVersion,
    PendingAmendment? PendingAmendment,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>Whether the answer rests on a text beyond what is encoded (超出已納入之法規版本).</summary>
    public bool IsBeyondEncodedVersion => PendingAmendment is not null;

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"PeriodicGeneralExamDue {{ DueDate = {DueDate:yyyy-MM-dd}, Interval = {Interval}, Status = {Status} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, LastExam, AgeBand, Interval, DueDate, Status, Options, HashCode.Combine(RulesVersion, PendingAmendment));
}
