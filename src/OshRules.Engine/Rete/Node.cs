namespace OshRules.Engine.Rete;

/// <summary>A node of a rule's chain: receives partial matches from the left and passes extended ones to <see cref="Next"/>.</summary>
internal abstract class Node(RuleNetwork rule, int id)
{
    public RuleNetwork Rule { get; } = rule;

    /// <summary>The node's index into a session's memory array.</summary>
    public int Id { get; } = id;

    public Node Next { get; set; } = null!;

    /// <summary>
    /// The width of the partial matches this node builds: the slots bound so far by the widest rule through it. A node
    /// shared by many rules thus builds narrow partial matches, and each rule widens its own as it binds more.
    /// </summary>
    public int Width { get; set; }

    /// <summary>The slot this node binds, or -1 when it binds none.</summary>
    public virtual int BoundSlot => -1;

    /// <summary>A token to feed this node: the smallest kind that can carry this node's state.</summary>
    public virtual Token NewInput(object?[] items) => new(items);

    public abstract void LeftAdd(Session session, Token left);

    public abstract void LeftRemove(Session session, Token left);
}
