using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>A complete match of a rule: lives while the match holds, remembers whether it fired and what it yielded.</summary>
internal sealed class Activation(RuleNetwork rule, Token token) : IMatch
{
    public RuleNetwork Network { get; } = rule;

    public Token Token { get; set; } = token;

    public MatchKey Key => new(Network, Token.Items);

    public bool HasFired { get; set; }

    public bool InAgenda { get; set; }

    public bool PendingRemoval { get; set; }

    public bool Removed { get; set; }

    public int Version { get; set; }

    public FactHandle?[]? Linked { get; set; }

    public IRuleDefinition Rule => Network.Definition;

    public IEnumerable<IFactMatch> Facts => Snapshot().Facts;

    /// <summary>A copy of the match as it is now, for event handlers that keep it.</summary>
    public MatchSnapshot Snapshot()
    {
        Declaration[] declarations = Network.Declarations;
        object?[] items = Token.Items;
        var facts = new IFactMatch[declarations.Length];
        for (int i = 0; i < declarations.Length; i++)
        {
            Declaration d = declarations[i];
            facts[i] = items[i] is FactHandle h && d.Kind == DeclarationKind.Pattern
                ? new FactMatch(d, h.Value.GetType(), h.Value)
                : new FactMatch(d, d.Type, items[i]);
        }

        return new MatchSnapshot(Network.Definition, facts);
    }
}

/// <summary>A match frozen at the time of an event.</summary>
internal sealed record MatchSnapshot(IRuleDefinition Rule, IReadOnlyList<IFactMatch> Facts) : IMatch
{
    IEnumerable<IFactMatch> IMatch.Facts => Facts;
}

/// <summary>A fact bound to a declaration.</summary>
internal sealed record FactMatch(Declaration Declaration, Type Type, object? Value) : IFactMatch;
