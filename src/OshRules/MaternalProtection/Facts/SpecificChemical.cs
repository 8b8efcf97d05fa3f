namespace OshRules.MaternalProtection;

/// <summary>The seven chemicals with maternal-protection limits in 附表四 (表定規定值之有害物), MAT-6.</summary>
public enum SpecificChemical
{
    /// <summary>Carbon disulfide (二硫化碳), 5 ppm / 15.5 mg/m³.</summary>
    CarbonDisulfide = 1,

    /// <summary>Trichloroethylene (三氯乙烯), 25 ppm / 134.5 mg/m³.</summary>
    Trichloroethylene = 2,

    /// <summary>Ethylene oxide (環氧乙烷), 0.5 ppm / 0.9 mg/m³.</summary>
    EthyleneOxide = 3,

    /// <summary>Acrylamide (丙烯醯胺), 0.015 mg/m³ (no ppm value).</summary>
    Acrylamide = 4,

    /// <summary>Ethyleneimine (次乙亞胺), 0.25 ppm / 0.44 mg/m³.</summary>
    Ethyleneimine = 5,

    /// <summary>Arsenic and its inorganic compounds, as As (砷及其無機化合物，以砷計), 0.005 mg/m³ (no ppm value).</summary>
    ArsenicInorganic = 6,

    /// <summary>Mercury and its inorganic compounds, as Hg (汞及其無機化合物，以汞計), 0.025 mg/m³ (no ppm value).</summary>
    MercuryInorganic = 7,
}
