namespace OshRules.MaternalProtection;

/// <summary>
/// A maternal-protection limit of one chemical in 附表四 (規定值): in ppm where the table gives one, and in mg/m³.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Ppm">The limit in ppm, or <see langword="null"/> where the table gives none.</param>
/// <param name="MilligramsPerCubicMetre">The limit in mg/m³.</param>
public readonly record struct ChemicalLimit(decimal? Ppm, decimal MilligramsPerCubicMetre)
{
    /// <summary>The limit in a unit, or <see langword="null"/> when the table has none in that unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The limit.</returns>
    public decimal? In(ConcentrationUnit unit) => unit == ConcentrationUnit.Ppm ? Ppm : MilligramsPerCubicMetre;
}
