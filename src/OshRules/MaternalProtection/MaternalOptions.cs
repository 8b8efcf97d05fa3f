using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Options of the maternal-protection family (母性健康保護之選項), inserted once per session as a fact.
/// Immutable and thread-safe.
/// </summary>
public sealed record MaternalOptions
{
    /// <summary>The defaults: the law's period only.</summary>
    public static MaternalOptions Default { get; } = new();

    /// <summary>Whether a breastfeeding worker stays covered after the one-year period.</summary>
    /// <value>The default value is <see cref="BreastfeedingCoverage.LegalPeriodOnly"/>: the law (辦法 §2) ends protection one
    /// year after delivery; the school's plan, which also covers breastfeeding workers, is <see cref="BreastfeedingCoverage.WhileBreastfeeding"/>.</value>
    public BreastfeedingCoverage BreastfeedingCoverage
    {
        get;
        init => field = Guard.Defined(value, "MaternalOptions.BreastfeedingCoverage", "MAT-1");
    }
}
