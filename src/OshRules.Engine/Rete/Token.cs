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

    public int ParentSlot { get; set; }

    public RightEntry? Right { get; set; }

    public int RightSlot { get; set; }

    /// <summary>The element an aggregate pair contributes.</summary>
    public object? Value { get; set; }

    /// <summary>The hash key of this token in the next node's left memory.</summary>
    public object? Key { get; set; }

    public int MemorySlot { get; set; } = -1;

    /// <summary>Pairs formed with right facts in the next node.</summary>
    public List<Token>? Pairs { get; set; }

    /// <summary>The single output of a non-join next node.</summary>
    public Token? Output { get; set; }

    public Activation? Activation { get; set; }

    public Token Extend(int width, int slot, object? item)
    {
        var items = new object?[width];
        Array.Copy(Items, items, Items.Length);
        items[slot] = item;
        return new Token(items);
    }
}
