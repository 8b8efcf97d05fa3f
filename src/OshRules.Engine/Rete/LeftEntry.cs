namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match in a beta node's left memory: its key, its place in the key's bucket, its pairs with right facts
/// and what the node passed on for it. A struct in the session's store (<see cref="SlotStore{T}"/>), by number.
/// </summary>
internal struct LeftEntry(Token token, object key) : IBucketEntry
{
    public Token Token = token;

    /// <summary>The hash key of the indexed equality (or a shared sentinel when the node is not indexed).</summary>
    public object Key { get; } = key;

    /// <summary>What an Exists, Not or aggregate node passed on for this partial match, if anything.</summary>
    public Token? Output;

    /// <summary>The next node's number for <see cref="Output"/>.</summary>
    public int OutputState;

    /// <summary>The number of the first of the pairs formed with right facts (<see cref="PairEntry"/>; 0 for none).</summary>
    // No count is kept: Exists tests the list for emptiness, and Collect counts the pairs as it builds its collection.
    public int FirstPair;

    public int PrevInBucket { get; set; }

    public int NextInBucket { get; set; }
}
