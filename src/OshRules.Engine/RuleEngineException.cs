namespace OshRules.Engine;

/// <summary>Base of the engine's exceptions.</summary>
public class RuleEngineException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleEngineException"/> class.</summary>
    public RuleEngineException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleEngineException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleEngineException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleEngineException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The original exception.</param>
    public RuleEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
