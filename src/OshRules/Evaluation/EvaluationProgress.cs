namespace OshRules.Evaluation;

/// <summary>Progress of a roster evaluation (評估進度), reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="CasesDone">Cases evaluated and yielded so far.</param>
/// <param name="CasesFailed">Of those, cases that carry an error.</param>
public readonly record struct EvaluationProgress(long CasesDone, long CasesFailed);
