namespace OshRules.MaternalProtection;

/// <summary>The unit of an air concentration (濃度單位).</summary>
public enum ConcentrationUnit
{
    /// <summary>Parts per million by volume (ppm).</summary>
    Ppm = 1,

    /// <summary>Milligrams per cubic metre (mg/m³).</summary>
    MilligramsPerCubicMetre = 2,
}
