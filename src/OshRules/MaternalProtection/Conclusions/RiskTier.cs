namespace OshRules.MaternalProtection;

/// <summary>The management tier of a hazard or of a worker (風險等級), MAT-2; higher is more serious.</summary>
public enum RiskTier
{
    /// <summary>Tier 1 (第一級管理).</summary>
    Tier1 = 1,

    /// <summary>Tier 2 (第二級管理).</summary>
    Tier2 = 2,

    /// <summary>Tier 3 (第三級管理).</summary>
    Tier3 = 3,
}
