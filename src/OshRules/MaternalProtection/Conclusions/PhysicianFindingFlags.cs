namespace OshRules.MaternalProtection;

/// <summary>Abnormal findings of the physician's form 附表三 (健康狀況異常), MAT-15. Combinable flags.</summary>
[Flags]
public enum PhysicianFindingFlags
{
    /// <summary>None (無).</summary>
    None = 0,

    /// <summary>Haemoglobin under 12 g/dL (貧血).</summary>
    Anaemia = 1,

    /// <summary>Proteinuria over 300 mg in 24 h (妊娠蛋白尿).</summary>
    Proteinuria = 2,

    /// <summary>Blood pressure over 140/90 mmHg, or systolic up 30 / diastolic up 15 from early pregnancy (高血壓).</summary>
    Hypertension = 4,

    /// <summary>More than 4 uterine contractions an hour (子宮收縮頻率過高).</summary>
    FrequentContractions = 8,

    /// <summary>Fetal growth restriction: over 37 weeks and 2500 g or less (胎兒生長遲滯).</summary>
    FetalGrowthRestriction = 16,

    /// <summary>Threatened abortion, before 22 weeks (迫切性流產).</summary>
    ThreatenedAbortion = 32,

    /// <summary>Threatened preterm labour, from 22 weeks (迫切性早產).</summary>
    ThreatenedPretermLabour = 64,
}
