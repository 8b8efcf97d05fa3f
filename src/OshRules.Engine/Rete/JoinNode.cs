namespace OshRules.Engine.Rete;

/// <summary>Extends each partial match with each matching fact (a <c>Match</c> pattern); each pair is a new partial match.</summary>
internal sealed class JoinNode(RuleNetwork rule, int id, Type factType, AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index, int slot)
    : BetaNode(rule, id, factType, alpha, beta, index)
{
    public int Slot { get; } = slot;

    public override int BoundSlot => Slot;

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
