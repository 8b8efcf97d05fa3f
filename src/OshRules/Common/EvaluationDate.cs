using OshRules.Law;

namespace OshRules.Common;

/// <summary>
/// The date on which the rules are evaluated (評估基準日), inserted as a fact: rules never read the clock.
/// Immutable and thread-safe.
/// </summary>
public sealed record EvaluationDate
{
    /// <summary>The default "due soon" window, 30 days.</summary>
    public const int DefaultDueSoonDays = 30;

    /// <summary>Creates the evaluation date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="dueSoonDays">How many days ahead a requirement counts as "due soon" (即將到期), 0–3650.</param>
    public EvaluationDate(DateOnly date, int dueSoonDays = DefaultDueSoonDays)
    {
        Date = Guard.Plausible(date, "EvaluationDate.Date", "evaluation date");
        DueSoonDays = Guard.InRange(dueSoonDays, 0, 3650, "EvaluationDate.DueSoonDays", "evaluation date");
    }

    /// <summary>The evaluation date (評估基準日).</summary>
    public DateOnly Date { get; }

    /// <summary>Days ahead within which a requirement is "due soon" (即將到期天數).</summary>
    public int DueSoonDays { get; }
}
