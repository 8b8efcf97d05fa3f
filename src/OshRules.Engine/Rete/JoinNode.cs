namespace OshRules.Engine.Rete;

/// <summary>Extends each partial match with each matching fact (a <c>Match</c> pattern); each pair is a new partial match.</summary>
internal sealed class JoinNode(RuleNetwork rule, int id, Type factType, AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index, int slot)
    : BetaNode(rule, id, factType, alpha, beta, index)
{
    public int Slot { get; } = slot;

    public override int BoundSlot => Slot;

    /// <summary>
    /// Whether this node opens its rules and tests its fact alone (no beta condition, no index): then its one left input
    /// is the empty match, every admitted fact is a partial match, and the node keeps no memory (<see cref="RootToken"/>).
    /// </summary>
    public bool IsRoot { get; set; }

    /// <summary>Passes an admitted fact on as a partial match, listed on its handle for the retraction.</summary>
    public void RootAdd(Session session, FactHandle fact)
    {
        var items = new object?[Width];
        items[Slot] = fact;
        var token = new RootToken(items, this) { NextOfFact = fact.FirstEntry };
        fact.FirstEntry = token;
        Next.LeftAdd(session, token);
    }

    public void RootRemove(Session session, RootToken token) => Next.LeftRemove(session, token);

    protected override PairToken NewPair(BetaToken left, RightEntry entry, object? value) =>
        new(left.ExtendItems(Width, Slot, entry.Fact));

    protected override void OnLeftAdded(Session session, BetaToken left)
    {
        for (PairToken? pair = left.FirstPair; pair is not null; pair = pair.NextInLeft)
        {
            Next.LeftAdd(session, pair);
        }
    }

    protected override void OnLeftRemoving(Session session, BetaToken left)
    {
        for (PairToken? pair = left.FirstPair; pair is not null; pair = pair.NextInLeft)
        {
            Next.LeftRemove(session, pair);
        }
    }

    protected override void OnPairAdded(Session session, BetaToken left, PairToken pair) => Next.LeftAdd(session, pair);

    protected override void OnPairRemoved(Session session, BetaToken left, PairToken pair) => Next.LeftRemove(session, pair);
}
