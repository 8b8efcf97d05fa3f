namespace OshRules.Engine;

/// <summary>A rule failed while the session ran it; the session stays usable.</summary>
public class RuleExecutionException : RuleEngineException
{
    /// <summary>Initializes a new instance of the <see cref="RuleExecutionException"/> class.</summary>
    public RuleExecutionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleExecutionException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleExecutionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleExecutionException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The original exception.</param>
    public RuleExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
