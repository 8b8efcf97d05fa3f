using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// The attempts ran out and reading was cleared (閱讀紀錄清除，需重新閱讀), EDU-5: what must be read again before the test
/// reopens. Immutable and thread-safe.
/// </summary>
public sealed record ReadingResetRequired : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The learner's key.</summary>
    public required string WorkerId { get; init; }

    /// <summary>The course key.</summary>
    public required string CourseId { get; init; }

    /// <summary>The day reading was cleared (the last failed attempt).</summary>
    public required DateOnly ResetOn { get; init; }

    /// <summary>The new cycle, from 2.</summary>
    public required int Cycle { get; init; }

    /// <summary>Reading hours still to read (尚需閱讀時數).</summary>
    public required decimal ReadingHoursStillNeeded { get; init; }

    /// <summary>Nodes still to open (尚需點閱節點數).</summary>
    public required int NodesStillToView { get; init; }

    /// <inheritdoc/>
    public string SubjectId => WorkerId;

    /// <inheritdoc/>
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Describes the conclusion without the learner's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ReadingResetRequired {{ CourseId = {CourseId}, Cycle = {Cycle}, Hours = {ReadingHoursStillNeeded}, Nodes = {NodesStillToView} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, CourseId, ResetOn, Cycle, ReadingHoursStillNeeded, NodesStillToView);
}
