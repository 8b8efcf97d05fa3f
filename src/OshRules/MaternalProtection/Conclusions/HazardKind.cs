namespace OshRules.MaternalProtection;

/// <summary>The row of 附表四 a finding was classified by (危害項目).</summary>
public enum HazardKind
{
    /// <summary>Noise (噪音), MAT-3.</summary>
    Noise = 1,

    /// <summary>Blood lead (血中鉛濃度), MAT-4.</summary>
    BloodLead = 2,

    /// <summary>Air lead (空氣中鉛及其化合物濃度), MAT-4.</summary>
    AirLead = 3,

    /// <summary>Hazardous chemical by class or PEL share (危害性化學品), MAT-5.</summary>
    HazardousChemical = 4,

    /// <summary>One of the seven chemicals with a table value (表定規定值), MAT-6.</summary>
    SpecificChemical = 5,

    /// <summary>Abnormal pressure (異常氣壓作業), MAT-7.</summary>
    AbnormalPressure = 6,

    /// <summary>Ionizing radiation (游離輻射), MAT-7: referred, not tiered.</summary>
    IonizingRadiation = 7,

    /// <summary>Biological agent (微生物), MAT-8.</summary>
    Biological = 8,

    /// <summary>Manual handling judged by a physician (人工重物處理，醫師評估), MAT-9.</summary>
    ManualHandlingJudgement = 9,

    /// <summary>Handling weight against the limits (一定重量以上重物處理), MAT-9.</summary>
    ManualHandlingWeight = 10,

    /// <summary>Listed dangerous or harmful work (危險性或有害性工作), MAT-10.</summary>
    ListedHazardousWork = 11,
}
