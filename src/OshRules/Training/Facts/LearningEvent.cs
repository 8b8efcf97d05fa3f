using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// One thing a learner did in a course, on a date (學習紀錄事件): a reading session, a test attempt or the questionnaire.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The events of a course are kept as one ordered list in <see cref="CourseProgress"/>: the order of the list is the
/// order in which things happened, so the reset of EDU-5 (reading cleared when the attempts run out) can be replayed
/// without ambiguity, even when a reading session and an attempt share a date.
/// </remarks>
public abstract record LearningEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="date">The day it happened.</param>
    /// <param name="rule">The rule id used in validation messages.</param>
    private protected LearningEvent(DateOnly date, string rule) =>
        Date = Guard.Plausible(date, "LearningEvent.Date", rule);

    /// <summary>The day it happened (日期).</summary>
    public DateOnly Date { get; }
}
