namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match. A token is the output of one node and the left input of the next; each rule's chain is its own
/// after the nodes it shares (a fan-out gives every successor its own alias token), so a token feeds exactly one node
/// and can carry that node's state itself. What a token carries depends on the node it feeds, hence two sizes:
/// <see cref="Token"/> (feeding a filter, binding or fan-out; an <see cref="Activation"/> when it feeds a terminal) and
/// <see cref="BetaToken"/> (feeding a node with a right input). Every token is made by <see cref="Node.NewInput"/> of the
/// node it feeds; the pairs a node with a right input forms are not tokens but entries (<see cref="PairEntry"/>).
/// </summary>
internal class Token(object?[] items)
{
    /// <summary>One slot per declaration: a <see cref="FactHandle"/> for a pattern, the value for a computed slot.</summary>
    public object?[] Items { get; } = items;

    // One field for two disjoint roles (a token feeds exactly one node): the output of a token feeding a non-join
    // node, the activation of a token feeding a terminal node.
    private protected object? _state;

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

    /// <summary>The number of the first of the pairs formed with right facts in the next node (<see cref="PairEntry"/>; 0 for none).</summary>
    // No count is kept (a token would carry it whether or not its node needs one): Exists tests the list for emptiness,
    // and Collect counts the pairs as it builds its collection.
    public int FirstPair { get; set; }
}
