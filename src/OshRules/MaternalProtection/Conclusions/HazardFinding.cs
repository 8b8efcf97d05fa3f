using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// The tier of one hazard found for a worker in the protection period (危害分級結果), by 附表四, MAT-2 to MAT-11.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="TableTier"/> is the tier the table gives; <see cref="Tier"/> is the one that applies after a physician's
/// override (MAT-4) or a downgrade (MAT-11), both recorded. Ionizing radiation has no tier here
/// (<see cref="Tier"/> is <see langword="null"/>) and is referred to 游離輻射防護安全標準.
/// </remarks>
public sealed record HazardFinding : IOshConclusion
{
    private readonly NotCompared<MaternalHazardExposure?> source;

    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>Creates the finding; the calculators do this.</summary>
    /// <param name="subjectId">The worker's key.</param>
    /// <param name="kind">The row of 附表四.</param>
    /// <param name="tableTier">The tier by the table, or <see langword="null"/> when the hazard is referred elsewhere.</param>
    /// <param name="reason">Why, in English, without personal data.</param>
    /// <param name="basis">The citations; at least one.</param>
    public HazardFinding(string subjectId, HazardKind kind, RiskTier? tableTier, string reason, IReadOnlyList<Citation> basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(reason);
        SubjectId = MaternalGuard.WorkerId(subjectId, "HazardFinding.SubjectId", "MAT-2");
        Kind = kind;
        TableTier = tableTier;
        Tier = tableTier;
        Reason = reason;
        this.basis = new(basis.Count > 0 ? basis : throw new ArgumentException("A finding needs a citation.", nameof(basis)));
    }

    /// <summary>The worker's key.</summary>
    public string SubjectId { get; }

    /// <summary>The row of 附表四 (危害項目).</summary>
    public HazardKind Kind { get; }

    /// <summary>The tier by the table (分級表之等級), before any override or downgrade.</summary>
    public RiskTier? TableTier { get; }

    /// <summary>The tier that applies (適用之風險等級); <see langword="null"/> for a referred hazard.</summary>
    public RiskTier? Tier { get; init; }

    /// <summary>Whether 附表四 allows re-classifying this tier-3 finding as tier 2 after protective measures (可改列第二級).</summary>
    public bool IsDowngradable { get; init; }

    /// <summary>Why the finding was downgraded (MAT-11), or <see langword="null"/>.</summary>
    public string? Downgrade { get; init; }

    /// <summary>The physician's override applied (MAT-4), or <see langword="null"/>.</summary>
    public PhysicianTierOverride? PhysicianOverride { get; init; }

    /// <summary>Whether the hazard is referred to another standard instead of tiered (游離輻射).</summary>
    public bool IsReferred => TableTier is null;

    /// <summary>Why this tier (理由).</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>
    /// The exposure this finding was drawn from (危害來源); set by the calculators; not written to JSON, nor compared (<see cref="SourceId"/> is). Two exposures of
    /// one kind give two findings, each naming its own.
    /// </summary>
    [JsonIgnore]
    public MaternalHazardExposure? Source { get => source.Value; init => source = new(value); }

    /// <summary>The caller's key of <see cref="Source"/> (<see cref="MaternalHazardExposure.Id"/>), when it has one; written to JSON.</summary>
    public string? SourceId { get; init; }

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"HazardFinding {{ SubjectId = <redacted>, Kind = {Kind}, TableTier = {TableTier}, Tier = {Tier}, Downgraded = {Downgrade is not null} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Kind, TableTier, Tier, IsDowngradable, Downgrade, PhysicianOverride, HashCode.Combine(Reason, SourceId));
}
