using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// What a construction worker needs for the OSH card (職安卡), EDU-8: the first card's in-person training, or the
/// window in which a platform pass should appear in the card system. Immutable and thread-safe.
/// </summary>
public sealed record OshCardRequirement : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The worker's key.</summary>
    public required string WorkerId { get; init; }

    /// <summary>What is asked.</summary>
    public required OshCardRequirementKind Kind { get; init; }

    /// <summary>In-person hours needed for a first card (6), or 0 when the worker holds one.</summary>
    public required decimal InPersonHoursRequired { get; init; }

    /// <summary>The passed construction course, for <see cref="OshCardRequirementKind.RetrainingRecordExpected"/>.</summary>
    public string? CourseId { get; init; }

    /// <summary>The day of the pass, for <see cref="OshCardRequirementKind.RetrainingRecordExpected"/>.</summary>
    public DateOnly? PassedOn { get; init; }

    /// <summary>The earliest day the record is expected: the 3rd working day after the pass (inclusive).</summary>
    public DateOnly? RecordExpectedFrom { get; init; }

    /// <summary>The last day of the expected window: the 4th working day after the pass (inclusive); later, ask the card
    /// system's help desk.</summary>
    public DateOnly? RecordExpectedBy { get; init; }

    /// <inheritdoc/>
    public string SubjectId => WorkerId;

    /// <inheritdoc/>
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Describes the requirement without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"OshCardRequirement {{ {Kind}, From = {RecordExpectedFrom:yyyy-MM-dd}, By = {RecordExpectedBy:yyyy-MM-dd} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, Kind, InPersonHoursRequired, CourseId, PassedOn, RecordExpectedFrom, RecordExpectedBy);
}
