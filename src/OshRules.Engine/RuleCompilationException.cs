namespace OshRules.Engine;

/// <summary>A rule could not be loaded or compiled (a malformed <c>Define()</c>, an unknown alias, a missing constructor).</summary>
public class RuleCompilationException : RuleEngineException
{
    /// <summary>Initializes a new instance of the <see cref="RuleCompilationException"/> class.</summary>
    public RuleCompilationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleCompilationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleCompilationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleCompilationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The original exception.</param>
    public RuleCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
