namespace OshRules.MaternalProtection;

/// <summary>Concentration of lead and its compounds in workplace air (空氣中鉛及其化合物濃度), in mg/m³, MAT-4. Immutable and thread-safe.</summary>
public sealed record AirLeadConcentration : MaternalHazardExposure
{
    /// <summary>Creates the finding.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="milligramsPerCubicMetre">Air lead in mg/m³, finite and not negative.</param>
    public AirLeadConcentration(string workerId, double milligramsPerCubicMetre)
        : base(workerId, "MAT-4")
    {
        MilligramsPerCubicMetre = milligramsPerCubicMetre;
        Level = MaternalGuard.Measurement(milligramsPerCubicMetre, "AirLeadConcentration.MilligramsPerCubicMetre", "MAT-4");
    }

    /// <summary>Air lead in mg/m³ (空氣中鉛濃度).</summary>
    public double MilligramsPerCubicMetre { get; }

    /// <summary>A physician's adjustment of the tier, if any (醫師調整風險等級).</summary>
    public PhysicianTierOverride? PhysicianOverride { get; init; }

    internal decimal Level { get; }
}
