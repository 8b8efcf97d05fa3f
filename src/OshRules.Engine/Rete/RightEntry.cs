namespace OshRules.Engine.Rete;

/// <summary>
/// A fact admitted to a beta node's right memory (it passed the node's alpha conditions). Kept as a struct in the
/// session's store (<see cref="SlotStore{T}"/>) and addressed by number, so a large session's right memories are a few
/// large arrays rather than an object per fact and node.
/// </summary>
internal struct RightEntry(FactHandle fact, object key, FactLink nextOfFact) : IBucketEntry
{
    public FactHandle Fact = fact;

    /// <summary>The hash key of the indexed equality (or a shared sentinel when the node is not indexed).</summary>
    public object Key { get; } = key;

    /// <summary>The number of the first pair (left token, this fact) that satisfied the node's beta conditions (a list by number).</summary>
    public int FirstPair;

    /// <summary>The next place the same fact is in.</summary>
    public FactLink NextOfFact = nextOfFact;

    public int PrevInBucket { get; set; }

    public int NextInBucket { get; set; }
}
