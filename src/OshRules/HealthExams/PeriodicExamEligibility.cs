namespace OshRules.HealthExams;

/// <summary>When a worker in service becomes subject to the periodic general exam (定期一般健康檢查之適用對象). A policy, not a flag.</summary>
public enum PeriodicExamEligibility
{
    /// <summary>From hiring (default): §17 sets no tenure condition (在職勞工).</summary>
    FromHiring = 1,

    /// <summary>
    /// Only once a year of service is completed, as the school's rules say (到職日滿一年者, seed 003 附件肆 4.32.2 A):
    /// the due day is never before the day the first year of service is completed.
    /// </summary>
    AfterOneYearOfService = 2,
}
