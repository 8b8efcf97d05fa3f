namespace OshRules.HealthExams;

/// <summary>The grounds of exemption from the general physical exam on hiring, §16 (免實施一般體格檢查事由).</summary>
public enum HiringExemptionReason
{
    /// <summary>Non-continuous temporary or short-term work of six months or less, §16 II ① (非繼續性之臨時性或短期性工作，其工作期間在六個月以內).</summary>
    TemporaryOrShortTermWork = 1,

    /// <summary>Work covered by another law's exam rule, §16 II ② (其他法規已有體格或健康檢查之規定).</summary>
    CoveredByOtherLaw = 2,

    /// <summary>Other work designated by the central authority, §16 II ③ (其他經中央主管機關指定公告).</summary>
    DesignatedByAuthority = 3,

    /// <summary>A proven general exam within the periodic interval, §16 III (距前次檢查未超過定期檢查期限，經勞工提出證明).</summary>
    RecentExamProven = 4,
}
