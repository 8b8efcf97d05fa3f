namespace OshRules.Training;

/// <summary>The four conditions of a course pass (課程通過規則四個條件), EDU-1, as flags.</summary>
[Flags]
public enum CourseConditions
{
    /// <summary>No condition.</summary>
    None = 0,

    /// <summary>Reading hours reach the course's required hours (閱讀時數).</summary>
    ReadingHours = 1,

    /// <summary>Every node opened (閱讀進度).</summary>
    ReadingProgress = 2,

    /// <summary>The test passed (測驗).</summary>
    Test = 4,

    /// <summary>The questionnaire submitted (問卷).</summary>
    Questionnaire = 8,

    /// <summary>All four conditions.</summary>
    All = ReadingHours | ReadingProgress | Test | Questionnaire,
}
