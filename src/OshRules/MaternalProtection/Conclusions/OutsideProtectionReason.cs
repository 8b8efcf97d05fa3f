namespace OshRules.MaternalProtection;

/// <summary>Why a day lies outside the protection period (不在保護期間之原因), MAT-1.</summary>
public enum OutsideProtectionReason
{
    /// <summary>
    /// Before protection starts (保護期間開始前): before the employer learned of the pregnancy, or before the pregnancy or
    /// delivery date counted in its place (<see cref="ProtectionPeriodStatus.StartBasis"/> says which).
    /// </summary>
    BeforeStart = 1,

    /// <summary>
    /// After the period ended (保護期間屆滿後): more than one year after delivery, and not covered as a breastfeeding worker
    /// (the school's option <see cref="BreastfeedingCoverage.WhileBreastfeeding"/>).
    /// </summary>
    AfterEnd = 2,
}
