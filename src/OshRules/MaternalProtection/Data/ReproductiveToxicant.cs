namespace OshRules.MaternalProtection;

/// <summary>
/// One substance of 附錄一 (具有生殖毒性、生殖細胞致突變性物質), MAT-16. Immutable and thread-safe.
/// </summary>
/// <param name="Number">The row number (項次), 1–20.</param>
/// <param name="Cas">The CAS registry number.</param>
/// <param name="ChineseName">The Chinese name (中文名稱).</param>
/// <param name="EnglishName">The English name (英文名稱).</param>
/// <param name="Classes">The suggested GHS classes (建議 GHS 分類).</param>
public sealed record ReproductiveToxicant(int Number, CasNumber Cas, string ChineseName, string EnglishName, ChemicalHazardClasses Classes)
{
    /// <summary>Whether the class makes exposure tier 3 by 附表四: reproductive toxicant or germ-cell mutagen category 1 (第一級).</summary>
    public bool IsCategory1 => (Classes & (ChemicalHazardClasses.ReproductiveToxicantCategory1 | ChemicalHazardClasses.GermCellMutagenCategory1)) != 0;
}
