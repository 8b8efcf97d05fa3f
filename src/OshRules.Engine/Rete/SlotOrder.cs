namespace OshRules.Engine.Rete;

/// <summary>
/// A fact of a batch filed under a left tuple: the tuple's slot in its memory and the fact's place in the batch, ordered
/// by slot, then place. Both are packed into one number, so that sorting a batch of tens of thousands compares numbers.
/// </summary>
internal readonly struct SlotOrder : IComparable<SlotOrder>, IEquatable<SlotOrder>
{
    private readonly long _packed;

    /// <summary>Pairs a slot and a place (neither negative).</summary>
    public SlotOrder(int slot, int order)
    {
        System.Diagnostics.Debug.Assert(slot >= 0 && order >= 0, "A slot and a place are never negative.");
        _packed = ((long)slot << 32) | (uint)order;
    }

    /// <summary>Gets the left tuple's slot in its memory.</summary>
    public int Slot => unchecked((int)(_packed >> 32));

    /// <summary>Gets the fact's place in its batch.</summary>
    public int Order => unchecked((int)_packed);

    public int CompareTo(SlotOrder other) => _packed.CompareTo(other._packed);

    public bool Equals(SlotOrder other) => _packed == other._packed;

    public override bool Equals(object? obj) => obj is SlotOrder other && Equals(other);

    public override int GetHashCode() => _packed.GetHashCode();

    public override string ToString() => $"({Slot}, {Order})";
}
