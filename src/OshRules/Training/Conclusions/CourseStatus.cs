using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A learner's status in a course (課程通過狀態), EDU-1, EDU-2, EDU-6: the four conditions met and still open, whether
/// the test is unlocked, and the hours earned. Immutable and thread-safe.
/// </summary>
public sealed record CourseStatus : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The learner's key (學員).</summary>
    public required string WorkerId { get; init; }

    /// <summary>The course key (課程代碼).</summary>
    public required string CourseId { get; init; }

    /// <summary>The conditions met (已完成條件).</summary>
    public required CourseConditions Met { get; init; }

    /// <summary>The conditions still open (尚未完成條件).</summary>
    public CourseConditions Open => CourseConditions.All & ~Met;

    /// <summary>Whether the course is passed (課程通過): all four conditions hold.</summary>
    public bool IsPassed => Met == CourseConditions.All;

    /// <summary>The day the last condition was met, when passed.</summary>
    public required DateOnly? PassedOn { get; init; }

    /// <summary>Whether the test may be taken now (EDU-2).</summary>
    public required bool IsTestUnlocked { get; init; }

    /// <summary>Training hours earned (取得訓練時數), EDU-6: the course's hours when passed, else 0.</summary>
    public required decimal HoursEarned { get; init; }

    /// <summary>Whether the course is a construction course (營造業課程).</summary>
    public required bool IsConstructionCourse { get; init; }

    /// <summary>Whether this is a passed construction course (營造業課程已通過), which feeds the OSH card (EDU-8).</summary>
    public bool IsPassedConstructionCourse => IsPassed && IsConstructionCourse;

    /// <summary>The course's designation (指定或認可).</summary>
    public required CourseDesignation Designation { get; init; }

    /// <inheritdoc/>
    public string SubjectId => WorkerId;

    /// <inheritdoc/>
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Describes the status without the learner's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"CourseStatus {{ CourseId = {CourseId}, Met = {Met}, Open = {Open}, Passed = {IsPassed} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, CourseId, Met, PassedOn, IsTestUnlocked, HoursEarned, IsConstructionCourse, Designation);
}
