namespace OshRules.MaternalProtection;

/// <summary>GHS hazard classes relevant to maternal protection (CNS 15030 危害分類), combinable as flags.</summary>
[Flags]
#pragma warning disable CA1711 // "Classes" is the GHS term, not a collection suffix.
public enum ChemicalHazardClasses
#pragma warning restore CA1711
{
    /// <summary>None of the classes below (無).</summary>
    None = 0,

    /// <summary>Reproductive toxicant, category 1 (生殖毒性物質第一級).</summary>
    ReproductiveToxicantCategory1 = 1,

    /// <summary>Reproductive toxicant, category 2 (生殖毒性物質第二級).</summary>
    ReproductiveToxicantCategory2 = 2,

    /// <summary>Germ-cell mutagen, category 1 (生殖細胞致突變性物質第一級).</summary>
    GermCellMutagenCategory1 = 4,

    /// <summary>Germ-cell mutagen, category 2 (生殖細胞致突變性物質第二級).</summary>
    GermCellMutagenCategory2 = 8,

    /// <summary>Harmful to or via lactation (對哺乳功能有不良影響).</summary>
    AffectsLactation = 16,
}
