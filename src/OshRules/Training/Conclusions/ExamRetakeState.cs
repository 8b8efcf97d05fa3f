using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A learner's test attempts in a course (測驗次數), EDU-3, EDU-4: the cycle, attempts used and left, the pass mark.
/// Immutable and thread-safe.
/// </summary>
public sealed record ExamRetakeState : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The learner's key.</summary>
    public required string WorkerId { get; init; }

    /// <summary>The course key.</summary>
    public required string CourseId { get; init; }

    /// <summary>The state of the test.</summary>
    public required ExamState State { get; init; }

    /// <summary>The cycle of attempts, from 1 (EDU-5).</summary>
    public required int Cycle { get; init; }

    /// <summary>Attempts allowed per cycle (2 Chinese, 3 foreign).</summary>
    public required int AttemptLimit { get; init; }

    /// <summary>Attempts used in this cycle.</summary>
    public required int AttemptsUsed { get; init; }

    /// <summary>Attempts left in this cycle.</summary>
    public required int AttemptsLeft { get; init; }

    /// <summary>The last score, if any.</summary>
    public required int? LastScore { get; init; }

    /// <summary>The pass mark applied (80, ≥).</summary>
    public required int PassMark { get; init; }

    /// <inheritdoc/>
    public string SubjectId => WorkerId;

    /// <inheritdoc/>
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Describes the state without the learner's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ExamRetakeState {{ CourseId = {CourseId}, {State}, Cycle = {Cycle}, Used = {AttemptsUsed}/{AttemptLimit} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, CourseId, State, Cycle, AttemptLimit, AttemptsUsed, AttemptsLeft, HashCode.Combine(LastScore, PassMark));
}
