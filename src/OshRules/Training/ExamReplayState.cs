using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// Where a learner stands in a course after replaying their history (學習狀態), the result of
/// <see cref="ExamAttemptReplay.Replay"/>. Immutable and thread-safe; each member is validated when set (hours not
/// negative, node counts 0 to <see cref="Course.MaxNodes"/>, cycles, attempts and resets 0 to
/// <see cref="CourseProgress.MaxEvents"/> (a replay of that many events cannot count more), scores 0–100, dates within
/// the supported range), so a state built by hand cannot mislead the calculators.
/// </summary>
public sealed record ExamReplayState
{
    /// <summary>The cycle of attempts, from 1; a new cycle starts at each reset (EDU-5).</summary>
    public required int Cycle { get; init => field = Guard.InRange(value, 0, CourseProgress.MaxEvents, "ExamReplayState.Cycle", "EDU-5"); }

    /// <summary>Attempts allowed per cycle (EDU-4).</summary>
    public required int AttemptLimit { get; init => field = Guard.InRange(value, 0, CourseProgress.MaxEvents, "ExamReplayState.AttemptLimit", "EDU-4"); }

    /// <summary>Attempts used in the current cycle.</summary>
    public required int AttemptsUsed { get; init => field = Guard.InRange(value, 0, CourseProgress.MaxEvents, "ExamReplayState.AttemptsUsed", "EDU-4"); }

    /// <summary>Attempts left in the current cycle; 0 once passed.</summary>
    public int AttemptsLeft => IsTestPassed ? 0 : AttemptLimit - AttemptsUsed;

    /// <summary>Reading hours counted in the current cycle (閱讀時數).</summary>
    public required decimal ReadingHours { get; init => field = value >= 0 ? value : throw new OshValidationException("ExamReplayState.ReadingHours", "EDU-1", "must not be negative"); }

    /// <summary>Nodes opened in the current cycle (已點閱節點數).</summary>
    public required int NodesViewed { get; init => field = Guard.InRange(value, 0, Course.MaxNodes, "ExamReplayState.NodesViewed", "EDU-2"); }

    /// <summary>The course's node count.</summary>
    public required int NodeCount { get; init => field = Guard.InRange(value, 0, Course.MaxNodes, "ExamReplayState.NodeCount", "EDU-2"); }

    /// <summary>The course's required reading hours.</summary>
    public required decimal RequiredReadingHours { get; init => field = value >= 0 ? value : throw new OshValidationException("ExamReplayState.RequiredReadingHours", "EDU-1", "must not be negative"); }

    /// <summary>The day reading hours were reached in the current cycle, if they were.</summary>
    public required DateOnly? ReadingHoursMetOn { get; init => field = value is { } d ? Guard.Plausible(d, "ExamReplayState.ReadingHoursMetOn", "EDU-1") : null; }

    /// <summary>The day every node had been opened in the current cycle, if it was.</summary>
    public required DateOnly? ReadingProgressMetOn { get; init => field = value is { } d ? Guard.Plausible(d, "ExamReplayState.ReadingProgressMetOn", "EDU-2") : null; }

    /// <summary>The day of the passing attempt, if any.</summary>
    public required DateOnly? TestPassedOn { get; init => field = value is { } d ? Guard.Plausible(d, "ExamReplayState.TestPassedOn", "EDU-3") : null; }

    /// <summary>The score of the last attempt, if any.</summary>
    public required int? LastScore { get; init => field = value is { } v ? Guard.InRange(v, 0, 100, "ExamReplayState.LastScore", "EDU-3") : null; }

    /// <summary>The day the questionnaire was first submitted, if it was.</summary>
    public required DateOnly? QuestionnaireSubmittedOn { get; init => field = value is { } d ? Guard.Plausible(d, "ExamReplayState.QuestionnaireSubmittedOn", "EDU-1") : null; }

    /// <summary>How many times reading was cleared (EDU-5).</summary>
    public required int ResetCount { get; init => field = Guard.InRange(value, 0, CourseProgress.MaxEvents, "ExamReplayState.ResetCount", "EDU-5"); }

    /// <summary>The day of the last reset, if any.</summary>
    public required DateOnly? LastResetOn { get; init => field = value is { } d ? Guard.Plausible(d, "ExamReplayState.LastResetOn", "EDU-5") : null; }

    /// <summary>The pass mark applied (EDU-3).</summary>
    public required int PassMark { get; init => field = Guard.InRange(value, 0, 100, "ExamReplayState.PassMark", "EDU-3"); }

    /// <summary>Whether reading hours are met in the current cycle.</summary>
    public bool ReadingHoursMet => ReadingHoursMetOn is not null;

    /// <summary>Whether every node is opened in the current cycle.</summary>
    public bool ReadingProgressMet => ReadingProgressMetOn is not null;

    /// <summary>Whether the test is passed.</summary>
    public bool IsTestPassed => TestPassedOn is not null;

    /// <summary>Whether the questionnaire is submitted.</summary>
    public bool QuestionnaireSubmitted => QuestionnaireSubmittedOn is not null;

    /// <summary>Whether a reset happened and the cycle's reading conditions are not yet met again (EDU-5).</summary>
    public bool AwaitingReread => Cycle > 1 && !(ReadingHoursMet && ReadingProgressMet);

    /// <summary>
    /// Whether the test may be taken now (EDU-2, EDU-5): in the first cycle once every node is opened; after a reset
    /// once reading hours and progress are both met again; never once passed.
    /// </summary>
    public bool IsTestUnlocked => !IsTestPassed && ReadingProgressMet && (Cycle == 1 || ReadingHoursMet);

    /// <summary>The conditions met (EDU-1).</summary>
    public CourseConditions Met =>
        (ReadingHoursMet ? CourseConditions.ReadingHours : CourseConditions.None)
        | (ReadingProgressMet ? CourseConditions.ReadingProgress : CourseConditions.None)
        | (IsTestPassed ? CourseConditions.Test : CourseConditions.None)
        | (QuestionnaireSubmitted ? CourseConditions.Questionnaire : CourseConditions.None);

    /// <summary>The conditions still open (EDU-1).</summary>
    public CourseConditions Open => CourseConditions.All & ~Met;

    /// <summary>Whether the course is passed: all four conditions hold (EDU-1).</summary>
    public bool IsPassed => Met == CourseConditions.All;

    /// <summary>The day the last of the four conditions was met, once all are.</summary>
    public DateOnly? PassedOn => IsPassed
        ? Max(Max(ReadingHoursMetOn!.Value, ReadingProgressMetOn!.Value), Max(TestPassedOn!.Value, QuestionnaireSubmittedOn!.Value))
        : null;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
