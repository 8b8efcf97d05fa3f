using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// The options in force for an evaluation (適用之選項), recorded in every result. Immutable and thread-safe.
/// </summary>
/// <param name="Families">The families compiled.</param>
/// <param name="DueSoonDays">The "due soon" window in days.</param>
/// <param name="Language">The display language.</param>
/// <param name="Policies">The family option facts inserted into every session (e.g. the health-exam due-date counting).</param>
public sealed record OshEvaluationSettings(
    IReadOnlyList<string> Families,
    int DueSoonDays,
    DisplayLanguage Language,
    IReadOnlyList<object> Policies)
{
    private readonly ByElements<IReadOnlyList<string>> families = new(Families);
    private readonly ByElements<IReadOnlyList<object>> policies = new(Policies);

    /// <summary>The families compiled.</summary>
    public IReadOnlyList<string> Families { get => families.Items; init => families = new(value); }

    /// <summary>The family option facts inserted into every session (e.g. the health-exam due-date counting).</summary>
    public IReadOnlyList<object> Policies { get => policies.Items; init => policies = new(value); }
}
