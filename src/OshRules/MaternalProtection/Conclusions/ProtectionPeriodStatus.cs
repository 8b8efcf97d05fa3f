using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A worker's place in the protection period on a day (保護期間狀態), MAT-1: inside (in which phase) or outside, and why.
/// Every maternal status yields one, so a status outside the period is told apart from one whose worker key matches
/// nothing. Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker's key.</param>
/// <param name="Date">The day assessed (the evaluation date).</param>
/// <param name="Phase">The phase on the day; <see cref="ProtectionPhase.Outside"/> outside the period.</param>
/// <param name="Start">The first day of protection.</param>
/// <param name="StartBasis">Which date the start was taken from.</param>
/// <param name="LegalEnd">The last day of the one-year period after delivery (分娩後一年), when delivered.</param>
/// <param name="OutsideReason">Why the day is outside the period; null inside it.</param>
/// <param name="Basis">The citations: 辦法 §2 ②, and the listing standard for the six-month split.</param>
public sealed record ProtectionPeriodStatus(
    string SubjectId,
    DateOnly Date,
    ProtectionPhase Phase,
    DateOnly Start,
    ProtectionStartBasis StartBasis,
    DateOnly? LegalEnd,
    OutsideProtectionReason? OutsideReason,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly NotCompared<MaternalStatus?> source;

    private readonly ByElements<IReadOnlyList<Citation>> basis = new(Basis);

    /// <summary>The citations: 辦法 §2 ②, and the listing standard for the six-month split.</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>The status this conclusion was drawn from (母性狀態紀錄); set by the calculators; not written to JSON, nor compared (<see cref="SourceId"/> is).</summary>
    [JsonIgnore]
    public MaternalStatus? Source { get => source.Value; init => source = new(value); }

    /// <summary>The caller's key of <see cref="Source"/> (<see cref="MaternalStatus.Id"/>), when it has one; written to JSON.</summary>
    public string? SourceId { get; init; }

    /// <summary>Whether the day lies in the protection period.</summary>
    public bool IsProtected => Phase != ProtectionPhase.Outside;

    /// <summary>A note when the start is not the law's (only the pregnancy or delivery date was known), else <see langword="null"/>.</summary>
    public string? StartNote => StartBasis switch
    {
        ProtectionStartBasis.PregnancyDateOnly => "The employer's notification date is unknown; protection is counted from the pregnancy start (辦法 §2 counts from the day the employer learns of the pregnancy).",
        ProtectionStartBasis.DeliveryDateOnly => "Only the delivery date is known; protection is counted from the delivery.",
        _ => null,
    };

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ProtectionPeriodStatus {{ SubjectId = <redacted>, Phase = {Phase}, OutsideReason = {OutsideReason} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Date, Phase, Start, StartBasis, LegalEnd, OutsideReason, SourceId);
}
