namespace OshRules.MaternalProtection;

/// <summary>Where a worker stands in the maternal-protection period on a given day (保護期間之階段), MAT-1.</summary>
public enum ProtectionPhase
{
    /// <summary>Not in the protection period: not yet known to the employer, or the period has ended (非保護期間).</summary>
    Outside = 0,

    /// <summary>Pregnant, from the start of protection until the day before delivery (妊娠中).</summary>
    Pregnant = 1,

    /// <summary>From the day of delivery to the last day of the six-month period after it (分娩後未滿六個月).</summary>
    Under6MonthsAfterDelivery = 2,

    /// <summary>From six months after delivery to the last day of the one-year period after it (分娩滿六個月但未滿一年).</summary>
    SixMonthsToUnder1YearAfterDelivery = 3,

    /// <summary>Breastfeeding after the legal one-year period, covered only under <see cref="BreastfeedingCoverage.WhileBreastfeeding"/> (哺乳期間).</summary>
    Breastfeeding = 4,
}
