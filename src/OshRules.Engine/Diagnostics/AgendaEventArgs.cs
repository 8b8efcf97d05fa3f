using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Diagnostics;

/// <summary>Arguments of an agenda event: the rule and the match concerned.</summary>
public sealed class AgendaEventArgs : EventArgs
{
    internal AgendaEventArgs(IMatch match) => Match = match;

    /// <summary>Gets the rule.</summary>
    public IRuleDefinition Rule => Match.Rule;

    /// <summary>Gets the matched facts, one per declaration of the rule.</summary>
    public IEnumerable<IFact> Facts => Match.Facts;

    /// <summary>Gets the match.</summary>
    public IMatch Match { get; }
}
