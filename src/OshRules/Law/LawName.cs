namespace OshRules.Law;

/// <summary>
/// A law, regulation or published rule the library cites (法規名稱), with its Chinese and English names.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Chinese">The official Chinese name, e.g. 勞工健康保護規則.</param>
/// <param name="English">The English name, e.g. Labour Health Protection Rules.</param>
/// <param name="IsStatute">Whether the text is a law or regulation (as opposed to a platform policy or guideline).</param>
public sealed record LawName(string Chinese, string English, bool IsStatute = true)
{
    /// <summary>職業安全衛生法 — Occupational Safety and Health Act.</summary>
    public static readonly LawName OccupationalSafetyAndHealthAct = new("職業安全衛生法", "Occupational Safety and Health Act");

    /// <summary>勞工健康保護規則 — Labour Health Protection Rules.</summary>
    public static readonly LawName LabourHealthProtectionRules = new("勞工健康保護規則", "Labour Health Protection Rules");

    /// <summary>職業安全衛生設施規則 — Occupational Safety and Health Facilities Rules.</summary>
    public static readonly LawName OshFacilitiesRules = new("職業安全衛生設施規則", "Occupational Safety and Health Facilities Rules");

    /// <summary>女性勞工母性健康保護實施辦法 — Regulations for the Implementation of Maternal Health Protection for Female Workers.</summary>
    public static readonly LawName MaternalHealthProtectionRules = new("女性勞工母性健康保護實施辦法", "Maternal Health Protection Regulations for Female Workers");

    /// <summary>妊娠與分娩後女性及未滿十八歲勞工禁止從事危險性或有害性工作認定標準 — the listing standard for work barred to pregnant and postpartum workers.</summary>
    public static readonly LawName HazardousWorkListingStandard = new("妊娠與分娩後女性及未滿十八歲勞工禁止從事危險性或有害性工作認定標準", "Standard for Hazardous Work Barred to Pregnant and Postpartum Women and Workers under 18");

    /// <summary>工作場所母性健康保護技術指引 — Technical Guideline for Maternal Health Protection at Work.</summary>
    public static readonly LawName MaternalProtectionGuideline = new("工作場所母性健康保護技術指引", "Technical Guideline for Maternal Health Protection at Workplaces", IsStatute: false);

    /// <summary>人因性危害預防計畫指引 — Guideline for Ergonomic Hazard Prevention Programmes.</summary>
    public static readonly LawName ErgonomicHazardGuideline = new("人因性危害預防計畫指引", "Guideline for Ergonomic Hazard Prevention Programmes", IsStatute: false);

    /// <summary>職業安全衛生教育訓練規則 — Occupational Safety and Health Education and Training Rules.</summary>
    public static readonly LawName EducationTrainingRules = new("職業安全衛生教育訓練規則", "Occupational Safety and Health Education and Training Rules");

    /// <summary>民法 — Civil Code.</summary>
    public static readonly LawName CivilCode = new("民法", "Civil Code");

    /// <summary>游離輻射防護安全標準 — Safety Standards for Protection against Ionizing Radiation.</summary>
    public static readonly LawName IonizingRadiationStandards = new("游離輻射防護安全標準", "Safety Standards for Protection against Ionizing Radiation");

    /// <summary>職安署數位學習平台使用手冊 — the OSHA e-learning platform's user manual (a platform rule, not a statute).</summary>
    public static readonly LawName ElearningPlatformManual = new("職安署數位學習平台使用手冊", "OSHA E-learning Platform User Manual", IsStatute: false);
}
