namespace OshRules.Engine.Rete;

/// <summary>A fact admitted to a beta node's right memory (it passed the node's alpha conditions).</summary>
internal sealed class RightEntry(BetaNode node, FactHandle fact, object key)
{
    public BetaNode Node { get; } = node;

    public FactHandle Fact { get; } = fact;

    /// <summary>The hash key of the indexed equality (or a shared sentinel when the node is not indexed).</summary>
    public object Key { get; } = key;

    // Neighbours in the node's right-memory bucket, and the next entry of the same fact (a RightEntry or a RootToken).
    public RightEntry? PrevInBucket { get; set; }

    public RightEntry? NextInBucket { get; set; }

    public object? NextOfFact { get; set; }

    /// <summary>The first pair (left token, this fact) that satisfied the node's beta conditions (an intrusive list).</summary>
    public PairToken? FirstPair { get; set; }
}
