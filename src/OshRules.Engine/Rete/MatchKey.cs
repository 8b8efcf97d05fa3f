namespace OshRules.Engine.Rete;

/// <summary>
/// The identity of a match: its rule and the fact handles in its pattern slots, compared by reference. It reads
/// the token's items array in place (items are never mutated), so building one allocates nothing.
/// </summary>
internal readonly struct MatchKey : IEquatable<MatchKey>
{
    private readonly RuleNetwork _rule;
    private readonly object?[] _items;
    private readonly int _hash;

    public MatchKey(RuleNetwork rule, object?[] items)
    {
        _rule = rule;
        _items = items;
        var hash = default(HashCode);
        hash.Add(rule.Index);
        foreach (int slot in rule.PatternSlots)
        {
            hash.Add(((FactHandle?)items[slot])?.Id ?? -1);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(MatchKey other)
    {
        if (_hash != other._hash || !ReferenceEquals(_rule, other._rule))
        {
            return false;
        }

        foreach (int slot in _rule.PatternSlots)
        {
            if (!ReferenceEquals(_items[slot], other._items[slot]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is MatchKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
