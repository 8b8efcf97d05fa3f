namespace OshRules.HealthExams;

/// <summary>How a chemical's share of a mixture is measured (含量計算基準).</summary>
public enum MixtureShareBasis
{
    /// <summary>By weight (重量比).</summary>
    ByWeight = 1,

    /// <summary>By volume, for benzene (體積比).</summary>
    ByVolume = 2,
}
