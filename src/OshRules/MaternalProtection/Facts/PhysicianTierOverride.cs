using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A physician's adjustment of a lead finding's tier (經醫師評估須調整風險等級者), MAT-4, with its reason.
/// Immutable and thread-safe.
/// </summary>
public sealed record PhysicianTierOverride
{
    /// <summary>Creates the override.</summary>
    /// <param name="tier">The tier the physician sets.</param>
    /// <param name="reason">The physician's reason, free text without personal data (1–500 characters).</param>
    public PhysicianTierOverride(RiskTier tier, string reason)
    {
        Tier = Guard.Defined(tier, "PhysicianTierOverride.Tier", "MAT-4");
        Reason = Guard.NotBlank(reason, "PhysicianTierOverride.Reason", "MAT-4", 500);
    }

    /// <summary>The tier set by the physician (醫師調整後之風險等級).</summary>
    public RiskTier Tier { get; }

    /// <summary>The physician's reason (調整理由).</summary>
    public string Reason { get; }

    /// <summary>Describes the override without the free-text reason, which may hold health or personal details.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"PhysicianTierOverride {{ Tier = {Tier}, Reason = <redacted> }}";
}
