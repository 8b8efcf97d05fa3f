using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Exposure to a hazardous chemical (危害性化學品), MAT-5: its CAS number, its GHS classes, and optionally the measured
/// air concentration with its permissible exposure limit (容許暴露標準) in the same unit. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The classes used are those given plus those of 附錄一 for the CAS number (MAT-16). A concentration and a limit
/// must be given together; the limit must be greater than zero.
/// </remarks>
public sealed record ChemicalExposure : MaternalHazardExposure
{
    private const string Rule = "MAT-5";

    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="casNumber">The CAS registry number, if known; its check digit is validated.</param>
    /// <param name="classes">GHS classes from the safety data sheet (安全資料表).</param>
    /// <param name="airConcentration">The measured air concentration (作業場所空氣中暴露濃度).</param>
    /// <param name="permissibleExposureLimit">The permissible exposure limit, in the unit of the concentration.</param>
    public ChemicalExposure(
        string workerId,
        CasNumber? casNumber = null,
        ChemicalHazardClasses classes = ChemicalHazardClasses.None,
        double? airConcentration = null,
        double? permissibleExposureLimit = null)
        : base(workerId, Rule)
    {
        if (((int)classes & ~31) != 0)
        {
            throw new OshValidationException("ChemicalExposure.Classes", Rule, "contains an unknown hazard class");
        }

        if (casNumber is { Value: null })
        {
            throw new OshValidationException("ChemicalExposure.CasNumber", Rule, "must be parsed with CasNumber.Parse, not left default");
        }

        if (airConcentration.HasValue != permissibleExposureLimit.HasValue)
        {
            throw new OshValidationException("ChemicalExposure.PermissibleExposureLimit", Rule, "the air concentration and the permissible exposure limit must be given together");
        }

        CasNumber = casNumber;
        DeclaredClasses = classes;
        AirConcentration = airConcentration;
        PermissibleExposureLimit = permissibleExposureLimit;
        if (airConcentration is { } c && permissibleExposureLimit is { } pel)
        {
            Concentration = MaternalGuard.Measurement(c, "ChemicalExposure.AirConcentration", Rule);
            Limit = MaternalGuard.Positive(pel, "ChemicalExposure.PermissibleExposureLimit", Rule);
        }

        Classes = classes | (casNumber is { } cas && ReproductiveToxicants.Find(cas) is { } listed ? listed.Classes : ChemicalHazardClasses.None);
    }

    /// <summary>The CAS registry number (CAS 編號), if known.</summary>
    public CasNumber? CasNumber { get; }

    /// <summary>The classes given by the caller (安全資料表之分類).</summary>
    public ChemicalHazardClasses DeclaredClasses { get; }

    /// <summary>The classes used: those given plus those listed in 附錄一 for the CAS number.</summary>
    public ChemicalHazardClasses Classes { get; }

    /// <summary>The measured air concentration (空氣中暴露濃度), in the unit of the limit.</summary>
    public double? AirConcentration { get; }

    /// <summary>The permissible exposure limit (容許暴露標準).</summary>
    public double? PermissibleExposureLimit { get; }

    /// <summary>Whether a concentration was measured against a limit.</summary>
    public bool HasMeasurement => Concentration.HasValue;

    internal decimal? Concentration { get; }

    internal decimal? Limit { get; }
}
