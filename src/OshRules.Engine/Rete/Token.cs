namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match. A token is the output of one node and the left input of the next; each rule's chain is its own
/// after the nodes it shares (a fan-out gives every successor its own alias token), so a token feeds exactly one node
/// and can carry that node's state itself. What a token carries depends on the node it feeds and on the node that made
/// it, hence three sizes: <see cref="Token"/> (feeding a terminal, filter, binding or fan-out), <see cref="BetaToken"/>
/// (feeding a node with a right input) and <see cref="PairToken"/> (a pair made by a node with a right input).
/// </summary>
internal class Token(object?[] items)
{
    /// <summary>One slot per declaration: a <see cref="FactHandle"/> for a pattern, the value for a computed slot.</summary>
    public object?[] Items { get; } = items;

    // One field for three disjoint roles (a token feeds exactly one node): the element of an aggregate pair (a pair
    // of a non-join node feeds nothing), the output of a token feeding a non-join node, the activation of a token
    // feeding a terminal node.
    private protected object? _state;

    /// <summary>The element an aggregate pair contributes.</summary>
    public object? Value
    {
        get => _state;
        set => _state = value;
    }

    /// <summary>The single output of a non-join next node.</summary>
    public Token? Output
    {
        get => _state as Token;
        set => _state = value;
    }

    /// <summary>The activation of a token feeding a terminal node.</summary>
    public Activation? Activation
    {
        get => _state as Activation;
        set => _state = value;
    }

    /// <summary>The next alias of this partial match after a fan-out (<see cref="FanOutNode"/>), one per further successor.</summary>
    public Token? Sibling { get; set; }

    /// <summary>These items with <paramref name="item"/> in <paramref name="slot"/>.</summary>
    public object?[] ExtendItems(int width, int slot, object? item)
    {
        // A partial match from a node shared with wider rules may be wider than this rule needs.
        var items = new object?[Math.Max(width, Items.Length)];
        Items.AsSpan().CopyTo(items);
        items[slot] = item;
        return items;
    }
}

/// <summary>A token feeding a node with a right input: its place in that node's left memory and its pairs there.</summary>
internal class BetaToken(object?[] items) : Token(items)
{
    /// <summary>The hash key of this token in the next node's left memory.</summary>
    public object? Key { get; set; }

    // Neighbours in the next node's left-memory bucket (an intrusive list).
    public BetaToken? PrevInBucket { get; set; }

    public BetaToken? NextInBucket { get; set; }

    /// <summary>The first of the pairs formed with right facts in the next node (an intrusive list).</summary>
    // No count is kept (a token would carry it whether or not its node needs one): Exists tests the list for emptiness,
    // and Collect counts the pairs as it builds its collection.
    public PairToken? FirstPair { get; set; }
}

/// <summary>A (left token, right fact) pair that satisfied a node's conditions; for a join it is also the next partial match.</summary>
internal sealed class PairToken(object?[] items) : BetaToken(items)
{
    public BetaToken? Parent { get; set; }

    /// <summary>The number of the right fact's <see cref="RightEntry"/> in the session's store.</summary>
    public int Right { get; set; }

    // A pair sits in two intrusive lists at once: its left token's pairs and its right fact's pairs.
    public PairToken? PrevInLeft { get; set; }

    public PairToken? NextInLeft { get; set; }

    public PairToken? PrevInRight { get; set; }

    public PairToken? NextInRight { get; set; }
}
