using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Air concentration of one of the seven chemicals of 附表四 where the worker handles it (處理危害性化學品之空氣中濃度), MAT-6.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>A concentration in ppm for a chemical whose value exists only in mg/m³ (acrylamide, arsenic, mercury) is rejected.</remarks>
public sealed record SpecificChemicalExposure : MaternalHazardExposure
{
    private const string Rule = "MAT-6";

    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="chemical">The chemical.</param>
    /// <param name="concentration">The air concentration, finite and not negative.</param>
    /// <param name="unit">Its unit.</param>
    public SpecificChemicalExposure(string workerId, SpecificChemical chemical, double concentration, ConcentrationUnit unit)
        : base(workerId, Rule)
    {
        Chemical = Guard.Defined(chemical, "SpecificChemicalExposure.Chemical", Rule);
        Unit = Guard.Defined(unit, "SpecificChemicalExposure.Unit", Rule);
        Concentration = concentration;
        Level = MaternalGuard.Measurement(concentration, "SpecificChemicalExposure.Concentration", Rule);
        if (unit == ConcentrationUnit.Ppm && !MaternalParameters.HasPpmLimit(chemical))
        {
            throw new OshValidationException("SpecificChemicalExposure.Unit", Rule, $"{chemical} has a limit only in mg/m³; ppm is not accepted");
        }
    }

    /// <summary>The chemical (有害物).</summary>
    public SpecificChemical Chemical { get; }

    /// <summary>The air concentration (空氣中濃度).</summary>
    public double Concentration { get; }

    /// <summary>Its unit (單位).</summary>
    public ConcentrationUnit Unit { get; }

    internal decimal Level { get; }
}
