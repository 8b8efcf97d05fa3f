using OshRules.Law;

namespace OshRules.Training;

/// <summary>A test attempt (測驗) with its score, 0–100. Immutable and thread-safe.</summary>
public sealed record ExamAttempt : LearningEvent
{
    /// <summary>The lowest possible score.</summary>
    public const int MinScore = 0;

    /// <summary>The highest possible score.</summary>
    public const int MaxScore = 100;

    /// <summary>Creates an attempt.</summary>
    /// <param name="date">The day of the attempt.</param>
    /// <param name="score">The score (分數), 0–100.</param>
    /// <exception cref="OshValidationException">The score is outside 0–100.</exception>
    public ExamAttempt(DateOnly date, int score)
        : base(date, "EDU-3") =>
        Score = Guard.InRange(score, MinScore, MaxScore, "ExamAttempt.Score", "EDU-3");

    /// <summary>The score (分數).</summary>
    public int Score { get; }
}
