namespace OshRules.Training;

/// <summary>The course questionnaire was submitted (問卷填寫完成). Immutable and thread-safe.</summary>
/// <remarks>The reset of EDU-5 clears reading only; a submitted questionnaire stays submitted.</remarks>
public sealed record QuestionnaireSubmitted : LearningEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The day it was submitted.</param>
    public QuestionnaireSubmitted(DateOnly date)
        : base(date, "EDU-1")
    {
    }
}
