using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A complete match of a rule: lives while the match holds, remembers whether it fired and what it yielded. It is also a
/// token: a node that makes a new partial match for a terminal (<see cref="Node.NewInput"/>) makes an activation,
/// which then is its own token, so most matches cost one object instead of two. A match arriving in a token made for
/// another node (a fan-out's shared token) gets an activation of its own, and an activation revived by an update keeps
/// its identity while its <see cref="Token"/> moves to the new partial match.
/// </summary>
internal sealed class Activation : Token, IMatch
{
    /// <summary>An activation that is its own token.</summary>
    public Activation(RuleNetwork rule, object?[] items)
        : base(items)
    {
        Network = rule;
        Token = this;
    }

    /// <summary>An activation for a match carried by another token.</summary>
    public Activation(RuleNetwork rule, Token token)
        : base(token.Items)
    {
        Network = rule;
        Token = token;
    }

    public RuleNetwork Network { get; }

    /// <summary>The partial match this activation stands for now: itself, or the token it was made or revived for.</summary>
    public Token Token { get; set; }

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
    public FactHandle? GetLinked(int slot) =>
        Network.YieldCount == 1 ? (slot == 0 ? _linked as FactHandle : null) : (_linked as FactHandle?[])?[slot];

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
/// later, and the activation's token too); it is its own fact list, whose <see cref="IFactMatch"/> objects are made on
/// first read, each in the slot of its value. The first four slots are fields, the rest an array.
/// </summary>
internal sealed class MatchSnapshot : IMatch, IReadOnlyList<IFactMatch>
{
    private const int Inline = 4;

    private readonly Declaration[] _declarations;

    // Slot i holds the value bound to declaration i until its FactMatch is made, then the FactMatch: a slot holding a
    // FactMatch is always a made one (a value that is itself a FactMatch gets its FactMatch at once).
    private object? _slot0;
    private object? _slot1;
    private object? _slot2;
    private object? _slot3;
    private readonly object?[]? _more;

    // Bit i set: slot i is a pattern bound to a working-memory fact, so its type is the value's runtime type.
    private readonly ulong _runtimeTyped;

    public MatchSnapshot(IRuleDefinition rule, Declaration[] declarations, object?[] items)
    {
        Rule = rule;
        _declarations = declarations;
        if (declarations.Length > Inline)
        {
            _more = new object?[declarations.Length - Inline];
        }

        ulong runtimeTyped = 0;
        for (int i = 0; i < declarations.Length; i++)
        {
            Declaration d = declarations[i];
            bool fact = items[i] is FactHandle && d.Kind == DeclarationKind.Pattern;
            object? value = fact ? ((FactHandle)items[i]!).Value : items[i];
            if (i >= 64 || value is FactMatch)
            {
                // Too wide for the mask, or a value that would read as made: make this one now.
                Slot(i) = new FactMatch(d, fact ? value!.GetType() : d.Type, value);
            }
            else
            {
                Slot(i) = value;
                if (fact)
                {
                    runtimeTyped |= 1UL << i;
                }
            }
        }

        _runtimeTyped = runtimeTyped;
    }

    public IRuleDefinition Rule { get; }

    public IEnumerable<IFactMatch> Facts => this;

    public int Count => _declarations.Length;

    public IFactMatch this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _declarations.Length);
            ref object? slot = ref Slot(index);
            object? value = slot;
            if (value is FactMatch made)
            {
                return made;
            }

            Declaration d = _declarations[index];
            var fact = (_runtimeTyped & (1UL << index)) != 0 ? new FactMatch(d, value!.GetType(), value) : new FactMatch(d, d.Type, value);

            // Two threads reading at once may each make one: equal records, and the slot keeps either.
            slot = fact;
            return fact;
        }
    }

    public IEnumerator<IFactMatch> GetEnumerator()
    {
        for (int i = 0; i < _declarations.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private ref object? Slot(int index)
    {
        switch (index)
        {
            case 0:
                return ref _slot0;
            case 1:
                return ref _slot1;
            case 2:
                return ref _slot2;
            case 3:
                return ref _slot3;
            default:
                return ref _more![index - Inline];
        }
    }
}

/// <summary>A fact bound to a declaration.</summary>
internal sealed record FactMatch(Declaration Declaration, Type Type, object? Value) : IFactMatch;
