namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match made by a rule's opening pattern (<see cref="JoinNode.IsRoot"/>): one fact, joined with nothing.
/// Such a node has a single, empty left input, so it keeps no memory: the token is at once the fact's entry in that
/// node (listed on its <see cref="FactHandle"/>, so a retraction finds it) and the partial match fed downstream. This
/// saves the right entry and the pair a general join would make for every fact of a rule's first pattern.
/// </summary>
internal sealed class RootToken(object?[] items, JoinNode node) : BetaToken(items)
{
    public JoinNode Node { get; } = node;

    /// <summary>The next entry of the same fact: a <see cref="RightEntry"/> or another <see cref="RootToken"/>.</summary>
    public object? NextOfFact { get; set; }
}
