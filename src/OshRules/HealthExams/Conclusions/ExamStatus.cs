using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>
/// The status of a requirement on the evaluation date, HC-7 (檢查期限狀態): not yet due, due within N days, or overdue by
/// N days. Immutable and thread-safe.
/// </summary>
/// <param name="Kind">Not yet due, due soon, or overdue.</param>
/// <param name="Days">Days until the due day (not yet due, due soon; 0 on the due day) or days past it (overdue, at least 1).</param>
public readonly record struct ExamStatus(ExamStatusKind Kind, int Days)
{
    /// <summary>The status of a requirement due on <paramref name="dueDate"/>, seen on <paramref name="asOf"/> (期限狀態判定).</summary>
    /// <param name="dueDate">The last day on which the requirement is met in time.</param>
    /// <param name="asOf">The evaluation date and its "due soon" window.</param>
    /// <returns>
    /// Overdue when the evaluation day is after the due day; due soon when the due day is at most
    /// <see cref="EvaluationDate.DueSoonDays"/> days ahead (inclusive; the due day itself is due soon with 0 days);
    /// otherwise not yet due.
    /// </returns>
    public static ExamStatus On(DateOnly dueDate, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        var days = dueDate.DayNumber - asOf.Date.DayNumber;
        return days switch
        {
            < 0 => new ExamStatus(ExamStatusKind.Overdue, -days),
            _ when days <= asOf.DueSoonDays => new ExamStatus(ExamStatusKind.DueSoon, days),
            _ => new ExamStatus(ExamStatusKind.NotYetDue, days),
        };
    }

    /// <summary>Whether the requirement is overdue (逾期).</summary>
    public bool IsOverdue => Kind == ExamStatusKind.Overdue;

    /// <summary>Formats as "overdue by 3 days", "due within 10 days" or "not yet due (120 days)".</summary>
    /// <returns>The English description.</returns>
    public override string ToString() => Kind switch
    {
        ExamStatusKind.Overdue => $"overdue by {Days} days",
        ExamStatusKind.DueSoon => $"due within {Days} days",
        _ => $"not yet due ({Days} days)",
    };
}
