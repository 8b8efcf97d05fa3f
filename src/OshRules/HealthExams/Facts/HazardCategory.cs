namespace OshRules.HealthExams;

/// <summary>
/// The twelve categories of special hazardous work of 附表一 of 勞工健康保護規則 (特別危害健康作業), numbered as in the annex.
/// </summary>
public enum HazardCategory
{
    /// <summary>1. High-temperature work (高溫作業).</summary>
    HighTemperature = 1,

    /// <summary>2. Noise work, 8-hour TWA of 85 dBA or over (噪音作業).</summary>
    Noise = 2,

    /// <summary>3. Ionizing radiation work (游離輻射作業).</summary>
    IonizingRadiation = 3,

    /// <summary>4. Abnormal air pressure work (異常氣壓作業).</summary>
    AbnormalAirPressure = 4,

    /// <summary>5. Lead work (鉛作業).</summary>
    Lead = 5,

    /// <summary>6. Tetra-alkyl lead work (四烷基鉛作業).</summary>
    TetraAlkylLead = 6,

    /// <summary>7. Dust work (粉塵作業).</summary>
    Dust = 7,

    /// <summary>8. Work with the designated organic solvents (有機溶劑作業).</summary>
    OrganicSolvent = 8,

    /// <summary>9. Work with the specified chemicals or mixtures over 1 % of them (特定化學物質作業).</summary>
    SpecifiedChemical = 9,

    /// <summary>10. Yellow phosphorus work (黃磷之製造、處置或使用作業).</summary>
    YellowPhosphorus = 10,

    /// <summary>11. Manufacture of bipyridyl or paraquat (聯吡啶或巴拉刈之製造作業).</summary>
    Paraquat = 11,

    /// <summary>12. Other work designated by the central authority (其他經中央主管機關指定公告之作業).</summary>
    Designated = 12,
}
