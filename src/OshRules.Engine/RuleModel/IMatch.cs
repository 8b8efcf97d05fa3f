namespace OshRules.Engine.RuleModel;

/// <summary>A set of facts that satisfies a rule's left-hand side.</summary>
public interface IMatch
{
    /// <summary>Gets the matched rule.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Gets the facts of the match, one per declaration, in declaration order.</summary>
    IEnumerable<IFactMatch> Facts { get; }
}
