namespace OshRules.HealthExams;

/// <summary>The physician's view of whether an abnormal finding relates to work (與工作之相關性).</summary>
public enum WorkRelation
{
    /// <summary>Not assessed: the finding is not abnormal (不適用).</summary>
    NotApplicable = 0,

    /// <summary>Unrelated to work (與工作無關).</summary>
    Unrelated = 1,

    /// <summary>Relation to work cannot be determined (無法確定與工作之相關性).</summary>
    Undetermined = 2,

    /// <summary>Related to work (與工作有關).</summary>
    Related = 3,
}
