namespace OshRules.Engine.Rete;

/// <summary>The identity of a match: the fact handles in its pattern slots, compared by reference.</summary>
internal readonly struct MatchKey : IEquatable<MatchKey>
{
    private readonly FactHandle?[] _facts;
    private readonly int _hash;

    public MatchKey(RuleNetwork rule, object?[] items)
    {
        int[] slots = rule.PatternSlots;
        _facts = new FactHandle?[slots.Length];
        var hash = default(HashCode);
        for (int i = 0; i < slots.Length; i++)
        {
            var handle = (FactHandle?)items[slots[i]];
            _facts[i] = handle;
            hash.Add(handle?.Id ?? -1);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(MatchKey other)
    {
        if (_hash != other._hash || _facts.Length != other._facts.Length)
        {
            return false;
        }

        for (int i = 0; i < _facts.Length; i++)
        {
            if (!ReferenceEquals(_facts[i], other._facts[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is MatchKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
