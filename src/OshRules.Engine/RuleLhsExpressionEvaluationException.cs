namespace OshRules.Engine;

/// <summary>A rule's condition threw. The message names the rule; the original exception is the inner exception.</summary>
public sealed class RuleLhsExpressionEvaluationException : RuleExpressionEvaluationException
{
    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    public RuleLhsExpressionEvaluationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleLhsExpressionEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The original exception.</param>
    public RuleLhsExpressionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The failing rule's name.</param>
    /// <param name="expression">The failing expression's text.</param>
    /// <param name="innerException">The original exception.</param>
    public RuleLhsExpressionEvaluationException(string message, string ruleName, string expression, Exception innerException)
        : base(message, ruleName, expression, innerException)
    {
    }
}
