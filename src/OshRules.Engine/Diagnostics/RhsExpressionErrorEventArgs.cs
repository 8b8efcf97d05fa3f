using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Diagnostics;

/// <summary>Arguments of a failed right-hand-side (action) evaluation.</summary>
public sealed class RhsExpressionErrorEventArgs : EventArgs
{
    internal RhsExpressionErrorEventArgs(IMatch match, string expression, Exception exception)
    {
        Match = match;
        Expression = expression;
        Exception = exception;
    }

    /// <summary>Gets the rule whose action failed.</summary>
    public IRuleDefinition Rule => Match.Rule;

    /// <summary>Gets the match the action ran for.</summary>
    public IMatch Match { get; }

    /// <summary>Gets the text of the failing expression.</summary>
    public string Expression { get; }

    /// <summary>Gets the exception the action threw.</summary>
    public Exception Exception { get; }

    /// <summary>Gets or sets whether a handler dealt with the error; the engine then does not throw and firing continues.</summary>
    public bool IsHandled { get; set; }
}
