using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// How the hours of a passed course count (時數採認), EDU-7: towards in-service training by the learner's §18 I item,
/// and towards general training on hiring (§17 IV). Immutable and thread-safe.
/// </summary>
public sealed record HoursCredit : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The learner's key.</summary>
    public required string WorkerId { get; init; }

    /// <summary>The course key.</summary>
    public required string CourseId { get; init; }

    /// <summary>The learner's §18 I item.</summary>
    public required InServiceItem Item { get; init; }

    /// <summary>Hours the course earned.</summary>
    public required decimal HoursEarned { get; init; }

    /// <summary>Whether they offset in-service training.</summary>
    public required InServiceCredit InService { get; init; }

    /// <summary>Hours credited to in-service training (在職教育訓練採認時數).</summary>
    public required decimal InServiceHours { get; init; }

    /// <summary>Hours that may be accepted as general training (一般安全衛生教育訓練採認時數): all for a designated course,
    /// at most 2 for a recognised one.</summary>
    public required decimal GeneralTrainingHours { get; init; }

    /// <summary>Set when the evaluation date is on or after 2026-07-01, when the 115.06.25 amendment of §17–18, whose text is not encoded, took effect (尚未納入之修正).</summary>
    public required PendingAmendment? PendingAmendment { get; init; }

    /// <inheritdoc/>
    public string SubjectId => WorkerId;

    /// <inheritdoc/>
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Describes the credit without the learner's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"HoursCredit {{ CourseId = {CourseId}, Item = {(int)Item}, {InService}, InService = {InServiceHours}, General = {GeneralTrainingHours} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, CourseId, Item, HoursEarned, InService, InServiceHours, GeneralTrainingHours, PendingAmendment);
}
