namespace OshRules.MaternalProtection;

/// <summary>Past illnesses asked by the self-assessment 附表二 (過去疾病史), MAT-14.</summary>
[Flags]
public enum MedicalHistory
{
    /// <summary>None (無).</summary>
    None = 0,

    /// <summary>Asthma (氣喘).</summary>
    Asthma = 1,

    /// <summary>Hypertension (高血壓).</summary>
    Hypertension = 2,

    /// <summary>Diabetes (糖尿病).</summary>
    Diabetes = 4,

    /// <summary>Cardiovascular disease (心血管疾病).</summary>
    Cardiovascular = 8,

    /// <summary>G6PD deficiency (蠶豆症).</summary>
    G6pdDeficiency = 16,

    /// <summary>Kidney or urinary disease (腎臟或泌尿系統疾病).</summary>
    Kidney = 32,
}
