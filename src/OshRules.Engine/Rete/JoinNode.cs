namespace OshRules.Engine.Rete;

/// <summary>Extends each partial match with each matching fact (a <c>Match</c> pattern); each pair is a new partial match.</summary>
internal sealed class JoinNode(RuleNetwork rule, int id, Type factType, AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index, int slot)
    : BetaNode(rule, id, factType, alpha, beta, index)
{
    public int Slot { get; } = slot;

    public override int BoundSlot => Slot;

    /// <summary>
    /// Whether this node opens its rules and tests its fact alone (no beta condition, no index): then its one left input
    /// is the empty match, every admitted fact is a partial match, and the node keeps no memory (<see cref="RootEntry"/>).
    /// </summary>
    public bool IsRoot { get; set; }

    /// <summary>A root passes the fact on as a partial match (<see cref="RootEntry"/>); any other join enters it in its right memory.</summary>
    public override FactLink Enter(Session session, FactHandle fact) => IsRoot ? RootAdd(session, fact) : base.Enter(session, fact);

    public override FactLink Leave(Session session, int number) => IsRoot ? RootRemove(session, number) : base.Leave(session, number);

    // Passes an admitted fact on as a partial match, entered in the session's store for the retraction; returns where
    // the fact now is.
    private FactLink RootAdd(Session session, FactHandle fact)
    {
        var items = new object?[Width];
        items[Slot] = fact;
        Token token = Next.NewInput(items);
        FactLink next = fact.FirstEntry;

        // Linked before the match goes downstream, as the fact's other places were; its number there is added after.
        int number = session.Roots.Add(new RootEntry(token, next, 0));
        fact.FirstEntry = new FactLink(Id, number);
        int state = Next.LeftAdd(session, token);
        session.Roots[number] = new RootEntry(token, next, state);
        return fact.FirstEntry;
    }

    // Withdraws the partial match of the fact's root entry numbered `number`; returns the fact's next place.
    private FactLink RootRemove(Session session, int number)
    {
        RootEntry entry = session.Roots[number];
        session.Roots.Remove(number);
        Next.LeftRemove(session, entry.Token, entry.State);
        return entry.NextOfFact;
    }

    protected override object? PairValue(Token left, FactHandle fact, object? value) =>
        Next.NewInput(left.ExtendItems(Width, Slot, fact));

    protected override void OnLeftAdded(Session session, int left)
    {
        for (int pair = session.Lefts[left].FirstPair; pair != 0; pair = session.Pairs[pair].NextInLeft)
        {
            PassPairOn(session, pair);
        }
    }

    protected override void OnLeftRemoving(Session session, int left)
    {
        ref SlotStore<PairEntry> pairs = ref session.Pairs;
        for (int pair = session.Lefts[left].FirstPair; pair != 0; pair = pairs[pair].NextInLeft)
        {
            Next.LeftRemove(session, (Token)pairs[pair].Value!, pairs[pair].State);
        }
    }

    protected override void OnPairAdded(Session session, int left, int pair) => PassPairOn(session, pair);

    protected override void OnPairRemoved(Session session, int left, in PairEntry pair) => Next.LeftRemove(session, (Token)pair.Value!, pair.State);

    // The pair's partial match goes downstream, and the next node's number for it is kept on the pair (stored after
    // the call: what goes downstream may add entries to the session's stores, moving them).
    private void PassPairOn(Session session, int pair)
    {
        int state = Next.LeftAdd(session, (Token)session.Pairs[pair].Value!);
        session.Pairs[pair].State = state;
    }
}
