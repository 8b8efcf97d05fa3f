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

    /// <summary>
    /// A copy of the match as it is now, for event handlers that keep it: the bound values are captured now (one small
    /// array), the <see cref="IFactMatch"/> objects only when a handler reads <see cref="IMatch.Facts"/>.
    /// </summary>
    public MatchSnapshot Snapshot() => new(Network.Definition, Network.Declarations, Token.Items);
}

/// <summary>
/// A match frozen at the time of an event. The values are copied when it is created (a fact handle's value can change
/// later, and the activation's token too), and the fact list is built on first read.
/// </summary>
internal sealed class MatchSnapshot : IMatch
{
    private readonly Declaration[] _declarations;
    private readonly object?[] _values;

    // Bit i set: slot i is a pattern bound to a working-memory fact, so its type is the value's runtime type.
    private readonly ulong _runtimeTyped;
    private IFactMatch[]? _facts;

    public MatchSnapshot(IRuleDefinition rule, Declaration[] declarations, object?[] items)
    {
        Rule = rule;
        _declarations = declarations;
        var values = new object?[declarations.Length];
        ulong runtimeTyped = 0;
        for (int i = 0; i < declarations.Length; i++)
        {
            if (items[i] is FactHandle h && declarations[i].Kind == DeclarationKind.Pattern)
            {
                values[i] = h.Value;
                if (i < 64)
                {
                    runtimeTyped |= 1UL << i;
                }
            }
            else
            {
                values[i] = items[i];
            }
        }

        _values = values;
        _runtimeTyped = runtimeTyped;
        if (declarations.Length > 64)
        {
            // Too wide for the mask: build the facts now, while the handles tell which slots are patterns.
            var facts = new IFactMatch[declarations.Length];
            for (int i = 0; i < declarations.Length; i++)
            {
                Declaration d = declarations[i];
                facts[i] = items[i] is FactHandle && d.Kind == DeclarationKind.Pattern
                    ? new FactMatch(d, values[i]!.GetType(), values[i])
                    : new FactMatch(d, d.Type, values[i]);
            }

            _facts = facts;
        }
    }

    public IRuleDefinition Rule { get; }

    public IReadOnlyList<IFactMatch> Facts => _facts ??= BuildFacts();

    IEnumerable<IFactMatch> IMatch.Facts => Facts;

    private IFactMatch[] BuildFacts()
    {
        var facts = new IFactMatch[_declarations.Length];
        for (int i = 0; i < facts.Length; i++)
        {
            Declaration d = _declarations[i];
            object? value = _values[i];
            facts[i] = (_runtimeTyped & (1UL << i)) != 0
                ? new FactMatch(d, value!.GetType(), value)
                : new FactMatch(d, d.Type, value);
        }

        return facts;
    }
}

/// <summary>A fact bound to a declaration.</summary>
internal sealed record FactMatch(Declaration Declaration, Type Type, object? Value) : IFactMatch;
