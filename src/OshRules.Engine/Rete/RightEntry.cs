namespace OshRules.Engine.Rete;

/// <summary>A fact admitted to a beta node's right memory (it passed the node's alpha conditions).</summary>
internal sealed class RightEntry(BetaNode node, FactHandle fact, object key)
{
    public BetaNode Node { get; } = node;

    public FactHandle Fact { get; } = fact;

    /// <summary>The hash key of the indexed equality (or a shared sentinel when the node is not indexed).</summary>
    public object Key { get; } = key;

    public int Slot { get; set; }

    /// <summary>The pairs (left token, this fact) that satisfied the node's beta conditions.</summary>
    public List<Token>? Pairs { get; set; }
}
