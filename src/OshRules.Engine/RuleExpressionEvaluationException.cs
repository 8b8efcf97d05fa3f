namespace OshRules.Engine;

/// <summary>An expression of a rule threw; names the rule and the expression, keeps the original as inner exception.</summary>
public class RuleExpressionEvaluationException : RuleExecutionException
{
    /// <summary>Initializes a new instance of the <see cref="RuleExpressionEvaluationException"/> class.</summary>
    public RuleExpressionEvaluationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleExpressionEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The original exception.</param>
    public RuleExpressionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The failing rule's name.</param>
    /// <param name="expression">The failing expression's text.</param>
    /// <param name="innerException">The original exception.</param>
    public RuleExpressionEvaluationException(string message, string ruleName, string expression, Exception innerException)
        : base(message, innerException)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>Gets the failing rule's name.</summary>
    public string RuleName { get; } = string.Empty;

    /// <summary>Gets the failing expression's text.</summary>
    public string Expression { get; } = string.Empty;
}
