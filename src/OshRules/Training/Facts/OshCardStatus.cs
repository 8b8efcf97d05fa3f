using OshRules.Law;

namespace OshRules.Training;

/// <summary>A construction worker's OSH-card status (職安卡狀態). Immutable and thread-safe; validated on construction.</summary>
/// <param name="WorkerId">The worker's key.</param>
/// <param name="State">Whether the worker holds a card.</param>
public sealed record OshCardStatus(string WorkerId, OshCardState State)
{
    /// <summary>The worker's key.</summary>
    public string WorkerId { get; } = Guard.NotBlank(WorkerId, "OshCardStatus.WorkerId", "EDU-8", 64);

    /// <summary>Whether the worker holds a card (職安卡).</summary>
    public OshCardState State { get; } = Guard.Defined(State, "OshCardStatus.State", "EDU-8");

    /// <summary>Whether the worker has no card yet and needs the first, in-person, training.</summary>
    public bool NeedsFirstCard => State == OshCardState.None;

    /// <summary>Whether the worker holds a card, so platform construction courses count as re-training.</summary>
    public bool HoldsCard => State == OshCardState.Held;

    /// <summary>Describes the status without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"OshCardStatus {{ WorkerId = <redacted>, State = {State} }}";
}
