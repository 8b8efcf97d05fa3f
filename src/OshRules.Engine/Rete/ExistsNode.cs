namespace OshRules.Engine.Rete;

/// <summary>
/// Passes a partial match on while at least one fact matches (<c>Exists</c>) or while none does (<c>Not</c>, and
/// <c>All</c> as "no counter-example"); counts the matching pairs per partial match.
/// </summary>
internal sealed class ExistsNode(RuleNetwork rule, int id, Type factType, AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index, bool negated)
    : BetaNode(rule, id, factType, alpha, beta, index)
{
    public bool Negated { get; } = negated;

    protected override void OnLeftAdded(Session session, int left)
    {
        if ((session.Lefts[left].FirstPair != 0) != Negated)
        {
            Emit(session, left);
        }
    }

    protected override void OnLeftRemoving(Session session, int left) => Withdraw(session, left);

    protected override void OnPairAdded(Session session, int left, int pair)
    {
        // The pair was linked at the head of the entry's list: it is the first one when nothing follows it.
        if (session.Pairs[pair].NextInLeft == 0)
        {
            if (Negated)
            {
                Withdraw(session, left);
            }
            else
            {
                Emit(session, left);
            }
        }
    }

    protected override void OnPairRemoved(Session session, int left, in PairEntry pair)
    {
        if (session.Lefts[left].FirstPair == 0)
        {
            if (Negated)
            {
                Emit(session, left);
            }
            else
            {
                Withdraw(session, left);
            }
        }
    }

    // The match goes on unchanged: this node adds no slot.
    private void Emit(Session session, int left) => Emit(session, left, PassOn(session.Lefts[left].Token));
}
