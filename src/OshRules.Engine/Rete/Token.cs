namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match. It plays two roles: as the output of one node (with its links to the left parent and, for a
/// join, the right fact) and as the left input of the next node (with that node's per-token state). Each rule has
/// its own chain of nodes, so a token feeds exactly one node and can carry that node's state itself.
/// </summary>
internal sealed class Token(object?[] items)
{
    /// <summary>One slot per declaration: a <see cref="FactHandle"/> for a pattern, the value for a computed slot.</summary>
    public object?[] Items { get; } = items;

    public Token? Parent { get; set; }

    public RightEntry? Right { get; set; }

    // A pair sits in two intrusive lists at once: its left token's pairs and its right fact's pairs.
    public Token? PrevInLeft { get; set; }

    public Token? NextInLeft { get; set; }

    public Token? PrevInRight { get; set; }

    public Token? NextInRight { get; set; }

    // One field for three disjoint roles (a token feeds exactly one node): the element of an aggregate pair (a pair
    // of a non-join node feeds nothing), the output of a token feeding a non-join node, the activation of a token
    // feeding a terminal node. It keeps every token 16 bytes smaller.
    private object? _state;

    /// <summary>The element an aggregate pair contributes.</summary>
    public object? Value
    {
        get => _state;
        set => _state = value;
    }

    /// <summary>The hash key of this token in the next node's left memory.</summary>
    public object? Key { get; set; }

    // Neighbours in the next node's left-memory bucket (an intrusive list).
    public Token? PrevInBucket { get; set; }

    public Token? NextInBucket { get; set; }

    /// <summary>The first of the pairs formed with right facts in the next node (an intrusive list).</summary>
    public Token? FirstPair { get; set; }

    public int PairCount { get; set; }

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

    public Token Extend(int width, int slot, object? item)
    {
        // A partial match from a node shared with wider rules may be wider than this rule needs.
        var items = new object?[Math.Max(width, Items.Length)];
        Array.Copy(Items, items, Items.Length);
        items[slot] = item;
        return new Token(items);
    }
}
