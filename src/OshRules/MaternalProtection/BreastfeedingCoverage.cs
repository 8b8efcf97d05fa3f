namespace OshRules.MaternalProtection;

/// <summary>Whether protection continues for a breastfeeding worker after the legal one-year period (哺乳期間之保護範圍).</summary>
public enum BreastfeedingCoverage
{
    /// <summary>The law's period only: protection ends one year after delivery (辦法 §2). The default.</summary>
    LegalPeriodOnly = 0,

    /// <summary>The school's plan (適用對象 (三)): a breastfeeding worker stays covered after the year, in phase <see cref="ProtectionPhase.Breastfeeding"/>.</summary>
    WhileBreastfeeding = 1,
}
