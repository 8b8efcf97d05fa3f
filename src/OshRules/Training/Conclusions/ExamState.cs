namespace OshRules.Training;

/// <summary>Where a learner stands with a course's test (測驗狀態).</summary>
public enum ExamState
{
    /// <summary>Not yet open: nodes, or after a reset reading, still to complete (尚未開放).</summary>
    Locked = 1,

    /// <summary>Open, with attempts left (可進行測驗).</summary>
    Open = 2,

    /// <summary>Passed (已通過).</summary>
    Passed = 3,
}
