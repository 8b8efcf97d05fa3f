namespace OshRules.MaternalProtection;

/// <summary>Biological agents of 附表四 (生物性危害之微生物), MAT-8.</summary>
public enum BiologicalAgent
{
    /// <summary>Toxoplasma (弓形蟲).</summary>
    Toxoplasma = 1,

    /// <summary>Rubella (德國麻疹).</summary>
    Rubella = 2,

    /// <summary>Hepatitis B virus (B 型肝炎).</summary>
    HepatitisB = 3,

    /// <summary>Hepatitis C virus (C 型肝炎).</summary>
    HepatitisC = 4,

    /// <summary>Human immunodeficiency virus (人類免疫缺乏病毒).</summary>
    Hiv = 5,

    /// <summary>Varicella (水痘).</summary>
    Varicella = 6,

    /// <summary>Tuberculosis (肺結核).</summary>
    Tuberculosis = 7,
}
