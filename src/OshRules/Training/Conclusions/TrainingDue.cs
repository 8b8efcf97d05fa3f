using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A worker's training obligation (教育訓練應辦事項), EDU-9: hours required, done and missing, and the due date.
/// Immutable and thread-safe.
/// </summary>
public sealed record TrainingDue : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The worker's key.</summary>
    public required string WorkerId { get; init; }

    /// <summary>Which obligation.</summary>
    public required TrainingDueKind Kind { get; init; }

    /// <summary>The worker's §18 I item.</summary>
    public required InServiceItem Item { get; init; }

    /// <summary>Hours required at least (應受訓時數).</summary>
    public required decimal RequiredHours { get; init; }

    /// <summary>The period for in-service training (每…年); null for general training.</summary>
    public required CalendarPeriod? Period { get; init; }

    /// <summary>The first day of the current period (or from which general training counts).</summary>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>The due date (應完成日), inclusive: training on that day still counts.</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>Hours credited in the current period (已受訓時數).</summary>
    public required decimal HoursCompleted { get; init; }

    /// <summary>Hours still missing (尚缺時數), 0 when met.</summary>
    public decimal HoursMissing => Math.Max(0m, RequiredHours - HoursCompleted);

    /// <summary>The status on the evaluation date.</summary>
    public required TrainingDueStatus Status { get; init; }

    /// <summary>Set when the evaluation date or the due date is on or after 2026-07-01, when the 115.06.25 amendment of §17–18, whose text is not encoded, took effect (尚未納入之修正).</summary>
    public required PendingAmendment? PendingAmendment { get; init; }

    /// <inheritdoc/>
    public string SubjectId => WorkerId;

    /// <inheritdoc/>
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Describes the obligation without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"TrainingDue {{ {Kind}, Item = {(int)Item}, Due = {DueDate:yyyy-MM-dd}, Missing = {HoursMissing}, {Status} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, Kind, Item, RequiredHours, Period, PeriodStart, DueDate, HashCode.Combine(HoursCompleted, Status, PendingAmendment));
}
