namespace OshRules.Engine.Rete;

/// <summary>
/// The partial match a root node (<see cref="JoinNode.IsRoot"/>) made of one fact: such a node has a single, empty left
/// input, so it keeps no memory of its own; this entry, in the session's store, only lets a retraction find the partial
/// match again. It saves the right entry and the pair a general join would make for every fact of a rule's first pattern.
/// </summary>
internal readonly struct RootEntry(Token token, FactLink nextOfFact, int state)
{
    /// <summary>The partial match, made for the node's successor (<see cref="Node.NewInput"/>).</summary>
    public Token Token { get; } = token;

    /// <summary>The next place the same fact is in.</summary>
    public FactLink NextOfFact { get; } = nextOfFact;

    /// <summary>The successor's number for <see cref="Token"/>.</summary>
    public int State { get; } = state;
}
