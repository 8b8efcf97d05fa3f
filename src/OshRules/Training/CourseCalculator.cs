using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A learner's course status, test attempts and reading reset (課程狀態計算), EDU-1 to EDU-6. Pure and thread-safe;
/// the baseline of the engine rules.
/// </summary>
public static class CourseCalculator
{
    /// <summary>The status of <paramref name="progress"/> in <paramref name="course"/>: conditions met and open, test
    /// unlocked, hours earned (EDU-1, EDU-2, EDU-6).</summary>
    /// <param name="course">The course.</param>
    /// <param name="progress">The learner's history.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The status.</returns>
    /// <exception cref="OshValidationException">The history breaks a platform rule.</exception>
    public static CourseStatus Status(Course course, CourseProgress progress, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        var state = ExamAttemptReplay.Replay(course, progress, asOf.Date);
        return Status(course, progress, state);
    }

    /// <summary>The status from an already replayed <paramref name="state"/>.</summary>
    /// <param name="course">The course.</param>
    /// <param name="progress">The learner's history.</param>
    /// <param name="state">The replayed state.</param>
    /// <returns>The status.</returns>
    public static CourseStatus Status(Course course, CourseProgress progress, ExamReplayState state)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(state);
        var basis = new List<Citation> { TrainingParameters.PassConditions, TrainingParameters.TestUnlock };
        if (state.IsPassed)
        {
            basis.Add(TrainingParameters.HoursEarned);
        }

        return new CourseStatus
        {
            WorkerId = progress.WorkerId,
            CourseId = course.Id,
            Met = state.Met,
            PassedOn = state.PassedOn,
            IsTestUnlocked = state.IsTestUnlocked,
            HoursEarned = state.IsPassed ? course.TrainingHours : 0m,
            IsConstructionCourse = course.IsConstructionCourse,
            Designation = course.Designation,
            Basis = basis,
        };
    }

    /// <summary>The learner's test attempts (EDU-3, EDU-4).</summary>
    /// <param name="course">The course.</param>
    /// <param name="progress">The learner's history.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The attempts used and left in the current cycle.</returns>
    /// <exception cref="OshValidationException">The history breaks a platform rule.</exception>
    public static ExamRetakeState Retake(Course course, CourseProgress progress, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        return Retake(course, progress, ExamAttemptReplay.Replay(course, progress, asOf.Date), asOf);
    }

    /// <summary>The learner's test attempts from an already replayed <paramref name="state"/> (EDU-3, EDU-4).</summary>
    /// <param name="course">The course.</param>
    /// <param name="progress">The learner's history.</param>
    /// <param name="state">The replayed state.</param>
    /// <param name="asOf">The evaluation date the state was replayed to; it dates the pass mark and the attempt limit cited.</param>
    /// <returns>The attempts used and left in the current cycle.</returns>
    public static ExamRetakeState Retake(Course course, CourseProgress progress, ExamReplayState state, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(asOf);
        var limit = ExamAttemptReplay.AttemptLimit(course, asOf.Date);
        var mark = TrainingParameters.PassMark.At(asOf.Date);
        var basis = new List<Citation> { mark.Citation, limit.Citation };
        if (state.ResetCount > 0)
        {
            basis.Add(TrainingParameters.ReadingReset);
        }

        return new ExamRetakeState
        {
            WorkerId = progress.WorkerId,
            CourseId = course.Id,
            State = state.IsTestPassed ? ExamState.Passed : state.IsTestUnlocked ? ExamState.Open : ExamState.Locked,
            Cycle = state.Cycle,
            AttemptLimit = state.AttemptLimit,
            AttemptsUsed = state.AttemptsUsed,
            AttemptsLeft = state.AttemptsLeft,
            LastScore = state.LastScore,
            PassMark = state.PassMark,
            Basis = basis,
        };
    }

    /// <summary>
    /// The reset the learner must work off (EDU-5), or <see langword="null"/> when none is pending: no reset happened,
    /// or reading hours and progress have been met again since the last one.
    /// </summary>
    /// <param name="course">The course.</param>
    /// <param name="progress">The learner's history.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>What must be read again, or null.</returns>
    /// <exception cref="OshValidationException">The history breaks a platform rule.</exception>
    public static ReadingResetRequired? ResetRequired(Course course, CourseProgress progress, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        var state = ExamAttemptReplay.Replay(course, progress, asOf.Date);
        return ResetRequired(course, progress, state);
    }

    /// <summary>The pending reset from an already replayed <paramref name="state"/>, or null.</summary>
    /// <param name="course">The course.</param>
    /// <param name="progress">The learner's history.</param>
    /// <param name="state">The replayed state.</param>
    /// <returns>What must be read again, or null.</returns>
    public static ReadingResetRequired? ResetRequired(Course course, CourseProgress progress, ExamReplayState state)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(state);
        if (!state.AwaitingReread || state.LastResetOn is not { } resetOn)
        {
            return null;
        }

        return new ReadingResetRequired
        {
            WorkerId = progress.WorkerId,
            CourseId = course.Id,
            ResetOn = resetOn,
            Cycle = state.Cycle,
            ReadingHoursStillNeeded = Math.Max(0m, course.RequiredReadingHours - state.ReadingHours),
            NodesStillToView = course.NodeCount - state.NodesViewed,
            Basis = [TrainingParameters.ReadingReset],
        };
    }
}
