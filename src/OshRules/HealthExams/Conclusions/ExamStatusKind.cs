namespace OshRules.HealthExams;

/// <summary>Where a requirement stands on the evaluation date, HC-7 (檢查期限狀態).</summary>
public enum ExamStatusKind
{
    /// <summary>Due later than the "due soon" window (尚未到期).</summary>
    NotYetDue = 1,

    /// <summary>Due today or within the "due soon" window (即將到期).</summary>
    DueSoon = 2,

    /// <summary>The due day has passed (逾期).</summary>
    Overdue = 3,
}
