namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match: its items, nothing else. What a node keeps about a partial match lives in the node's own entries
/// (<see cref="LeftEntry"/>, <see cref="PairEntry"/>, <see cref="OutputEntry"/>, <see cref="FanEntry"/>), addressed by
/// the number the node's <see cref="Node.LeftAdd"/> returned, so one token can feed several nodes (a fan-out passes
/// the same token to each) and costs one small object. A token made for a terminal node is an <see cref="Activation"/>.
/// </summary>
internal class Token(object?[] items)
{
    /// <summary>One slot per declaration: a <see cref="FactHandle"/> for a pattern, the value for a computed slot.</summary>
    public object?[] Items { get; } = items;

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
