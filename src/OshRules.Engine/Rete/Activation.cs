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

    // The facts this match yielded, one per Yield action: the handle itself when the rule has one Yield (nearly all
    // rules), an array otherwise, so the common case allocates no array per activation.
    private object? _linked;

    /// <summary>The fact yielded by Yield action <paramref name="slot"/>, if it is still in working memory.</summary>
    public FactHandle? GetLinked(int slot) => _linked is FactHandle?[] all ? all[slot] : slot == 0 ? _linked as FactHandle : null;

    /// <summary>Records (or, with null, forgets) the fact yielded by Yield action <paramref name="slot"/>.</summary>
    public void SetLinked(int slot, FactHandle? handle)
    {
        if (Network.YieldCount == 1)
        {
            _linked = handle;
            return;
        }

        var all = _linked as FactHandle?[] ?? new FactHandle?[Network.YieldCount];
        all[slot] = handle;
        _linked = all;
    }

    /// <summary>The yielded facts still in working memory, in Yield order.</summary>
    public FactHandle[] LinkedFacts() => _linked switch
    {
        FactHandle one => [one],
        FactHandle?[] all => [.. all.Where(h => h is not null).Select(h => h!)],
        _ => [],
    };

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
