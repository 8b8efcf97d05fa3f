namespace OshRules.Evaluation;

/// <summary>
/// A rule failed while evaluating a case (規則執行失敗). The message names the rule; the inner exception is the original.
/// </summary>
public sealed class OshEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The failing rule, if known.</param>
    /// <param name="innerException">The original exception.</param>
    public OshEvaluationException(string? ruleName, Exception innerException)
        : base($"Rule '{ruleName ?? "(unknown)"}' failed: {innerException?.GetType().Name}.", innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>The failing rule's name.</summary>
    public string? RuleName { get; }
}
