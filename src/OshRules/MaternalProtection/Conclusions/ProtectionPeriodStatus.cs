using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A worker's place in the protection period on a day (保護期間狀態), MAT-1. Immutable and thread-safe.
/// </summary>
/// <param name="Phase">The phase on the day.</param>
/// <param name="Start">The first day of protection.</param>
/// <param name="StartBasis">Which date the start was taken from.</param>
/// <param name="LegalEnd">The last day of the one-year period after delivery (分娩後一年), when delivered.</param>
/// <param name="Basis">The citations: 辦法 §2 ②, and the listing standard for the six-month split.</param>
public sealed record ProtectionPeriodStatus(
    ProtectionPhase Phase,
    DateOnly Start,
    ProtectionStartBasis StartBasis,
    DateOnly? LegalEnd,
    IReadOnlyList<Citation> Basis)
{
    private readonly ByElements<IReadOnlyList<Citation>> basis = new(Basis);

    /// <summary>The citations: 辦法 §2 ②, and the listing standard for the six-month split.</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Whether the day lies in the protection period.</summary>
    public bool IsProtected => Phase != ProtectionPhase.Outside;

    /// <summary>A note when the start is not the law's (only the pregnancy or delivery date was known), else <see langword="null"/>.</summary>
    public string? StartNote => StartBasis switch
    {
        ProtectionStartBasis.PregnancyDateOnly => "The employer's notification date is unknown; protection is counted from the pregnancy start (辦法 §2 counts from the day the employer learns of the pregnancy).",
        ProtectionStartBasis.DeliveryDateOnly => "Only the delivery date is known; protection is counted from the delivery.",
        _ => null,
    };

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Phase, Start, StartBasis, LegalEnd);
}
