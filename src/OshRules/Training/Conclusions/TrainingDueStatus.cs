namespace OshRules.Training;

/// <summary>Where an obligation stands on the evaluation date (辦理狀態).</summary>
public enum TrainingDueStatus
{
    /// <summary>In good standing (正常): met, or the due date is further away than the "due soon" window.</summary>
    Current = 1,

    /// <summary>Not met, due date within the "due soon" window (即將到期).</summary>
    DueSoon = 2,

    /// <summary>Not met by the due date (逾期).</summary>
    Overdue = 3,
}
