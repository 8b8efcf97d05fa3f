using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Diagnostics;

/// <summary>Arguments of a failed left-hand-side (condition) evaluation.</summary>
public sealed class LhsExpressionErrorEventArgs : EventArgs
{
    internal LhsExpressionErrorEventArgs(IRuleDefinition rule, string expression, Exception exception)
    {
        Rule = rule;
        Expression = expression;
        Exception = exception;
    }

    /// <summary>Gets the rule whose condition failed.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>Gets the text of the failing expression.</summary>
    public string Expression { get; }

    /// <summary>Gets the exception the expression threw.</summary>
    public Exception Exception { get; }

    /// <summary>Gets or sets whether a handler dealt with the error; the engine then does not throw (the condition counts as false).</summary>
    public bool IsHandled { get; set; }
}
