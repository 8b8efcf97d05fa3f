namespace OshRules.MaternalProtection;

/// <summary>Risk factors flagged by the self-assessment 附表二 (妊娠及分娩後風險因子), MAT-14. Combinable flags.</summary>
[Flags]
public enum SelfAssessmentFlags
{
    /// <summary>None (無).</summary>
    None = 0,

    /// <summary>Age under 18 or over 40 (年齡未滿18歲或大於40歲).</summary>
    Age = 1,

    /// <summary>Pre-pregnancy weight under 45 kg or height under 150 cm (孕前體重未滿45公斤、身高未滿150公分).</summary>
    BodySize = 2,

    /// <summary>Smoking (抽菸).</summary>
    Smoking = 4,

    /// <summary>Alcohol (喝酒).</summary>
    Alcohol = 8,

    /// <summary>Medication (藥物).</summary>
    Medication = 16,

    /// <summary>No regular prenatal checks (沒有規律產檢).</summary>
    NoRegularPrenatalChecks = 32,

    /// <summary>Multiple pregnancy (多胞胎).</summary>
    MultiplePregnancy = 64,

    /// <summary>A listed past illness (過去疾病史).</summary>
    MedicalHistory = 128,

    /// <summary>Anxiety, depression or insomnia (焦慮症、憂鬱症、失眠).</summary>
    MentalHealth = 256,

    /// <summary>Bleeding, abdominal pain or cramps (出血、腹痛、痙攣).</summary>
    Symptoms = 512,
}
