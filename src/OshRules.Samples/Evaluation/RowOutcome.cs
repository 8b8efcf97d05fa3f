using OshRules.Common;
using OshRules.Evaluation;
using OshRules.Samples.Roster;

namespace OshRules.Samples.Evaluation;

/// <summary>
/// One data row of the roster after evaluation: evaluated (<see cref="Result"/> valid) or rejected
/// (<see cref="Rejection"/> says its line, column and why). Every data row gives exactly one.
/// </summary>
internal sealed class RowOutcome
{
    public required int Line { get; init; }

    public string? WorkerId { get; init; }

    public string? Name { get; init; }

    public string? Unit { get; init; }

    /// <summary>The library's result: its conclusions, or the error that rejected the row.</summary>
    public OshResult Result { get; internal set; } = null!;

    /// <summary>Why the row was rejected; null when it was evaluated.</summary>
    public RosterError? Rejection { get; internal set; }

    /// <summary>The worker fact built from the row (for 附表六's head counts); null when the row could not be read.</summary>
    public Worker? Worker { get; internal set; }

    /// <summary>Whether the row holds an NMQ questionnaire (a respondent of the survey).</summary>
    public bool AnsweredNmq { get; internal set; }

    public bool IsEvaluated => Rejection is null;
}
