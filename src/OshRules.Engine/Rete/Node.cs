namespace OshRules.Engine.Rete;

/// <summary>A node of a rule's chain: receives partial matches from the left and passes extended ones to <see cref="Next"/>.</summary>
internal abstract class Node(RuleNetwork rule, int id)
{
    public RuleNetwork Rule { get; } = rule;

    /// <summary>The node's id in its network (-1 for a fan-out, which facts never enter): a fact's links name the nodes it sits in by it (<see cref="FactLink"/>).</summary>
    public int Id { get; } = id;

    public Node Next { get; set; } = null!;

    /// <summary>
    /// The width of the partial matches this node builds: the slots bound so far by the widest rule through it. A node
    /// shared by many rules thus builds narrow partial matches, and each rule widens its own as it binds more.
    /// </summary>
    public int Width { get; set; }

    /// <summary>The slot this node binds, or -1 when it binds none.</summary>
    public virtual int BoundSlot => -1;

    /// <summary>Whether a partial match made for this node should be an <see cref="Activation"/> (a terminal, first).</summary>
    public virtual bool TakesActivations => false;

    /// <summary>A new partial match to feed this node: an activation straight away when the node is a terminal.</summary>
    public virtual Token NewInput(object?[] items) => TakesActivations ? new Activation(Rule, items) : new Token(items);

    /// <summary>Takes a new partial match in.</summary>
    /// <returns>This node's number for the match (what it keeps about it), to be handed back to <see cref="LeftRemove"/>.</returns>
    public abstract int LeftAdd(Session session, Token left);

    /// <summary>Withdraws a partial match, given the number <see cref="LeftAdd"/> returned for it.</summary>
    public abstract void LeftRemove(Session session, Token left, int state);

    /// <summary>Passes <paramref name="output"/> on and keeps it, with the next node's number for it; returns the output's number.</summary>
    protected int PassOnKept(Session session, Token output)
    {
        int state = Next.LeftAdd(session, output);
        return session.Outputs.Add(new OutputEntry(output, state));
    }

    /// <summary>Withdraws what <see cref="PassOnKept"/> passed on as output <paramref name="number"/> (0: nothing was).</summary>
    protected void WithdrawKept(Session session, int number)
    {
        if (number != 0)
        {
            OutputEntry entry = session.Outputs[number];
            session.Outputs.Remove(number);
            Next.LeftRemove(session, (Token)entry.Output, entry.State);
        }
    }

    /// <summary>
    /// The token to pass <paramref name="left"/>'s items on in, unchanged: the same token, unless the next node takes
    /// activations (then a new one, which is the activation).
    /// </summary>
    protected Token PassOn(Token left) => Next.TakesActivations ? Next.NewInput(left.Items) : left;
}
