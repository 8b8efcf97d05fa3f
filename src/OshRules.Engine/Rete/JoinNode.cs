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

    /// <summary>Passes an admitted fact on as a partial match, entered in the session's store for the retraction.</summary>
    /// <returns>Where the fact now is, to be linked from its handle.</returns>
    public FactLink RootAdd(Session session, FactHandle fact)
    {
        var items = new object?[Width];
        items[Slot] = fact;
        Token token = Next.NewInput(items);
        fact.FirstEntry = new FactLink(Id, session.Roots.Add(new RootEntry(token, fact.FirstEntry)));
        Next.LeftAdd(session, token);
        return fact.FirstEntry;
    }

    /// <summary>Withdraws the partial match of the fact's root entry numbered <paramref name="number"/>.</summary>
    /// <returns>The fact's next place.</returns>
    public FactLink RootRemove(Session session, int number)
    {
        RootEntry entry = session.Roots[number];
        session.Roots.Remove(number);
        Next.LeftRemove(session, entry.Token);
        return entry.NextOfFact;
    }

    protected override object? PairValue(BetaToken left, FactHandle fact, object? value) =>
        Next.NewInput(left.ExtendItems(Width, Slot, fact));

    protected override void OnLeftAdded(Session session, BetaToken left)
    {
        SlotStore<PairEntry> pairs = session.Pairs;
        for (int pair = left.FirstPair; pair != 0; pair = pairs[pair].NextInLeft)
        {
            Next.LeftAdd(session, (Token)pairs[pair].Value!);
        }
    }

    protected override void OnLeftRemoving(Session session, BetaToken left)
    {
        SlotStore<PairEntry> pairs = session.Pairs;
        for (int pair = left.FirstPair; pair != 0; pair = pairs[pair].NextInLeft)
        {
            Next.LeftRemove(session, (Token)pairs[pair].Value!);
        }
    }

    protected override void OnPairAdded(Session session, BetaToken left, int pair) => Next.LeftAdd(session, (Token)session.Pairs[pair].Value!);

    protected override void OnPairRemoved(Session session, BetaToken left, object? value) => Next.LeftRemove(session, (Token)value!);
}
