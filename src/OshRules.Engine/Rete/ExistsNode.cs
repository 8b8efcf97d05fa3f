namespace OshRules.Engine.Rete;

/// <summary>
/// Passes a partial match on while at least one fact matches (<c>Exists</c>) or while none does (<c>Not</c>, and
/// <c>All</c> as "no counter-example"); counts the matching pairs per partial match.
/// </summary>
internal sealed class ExistsNode(RuleNetwork rule, int id, Type factType, AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index, bool negated)
    : BetaNode(rule, id, factType, alpha, beta, index)
{
    public bool Negated { get; } = negated;

    protected override void OnLeftAdded(Session session, BetaToken left)
    {
        if (Satisfied(left))
        {
            Emit(session, left);
        }
    }

    protected override void OnLeftRemoving(Session session, BetaToken left) => Withdraw(session, left);

    protected override void OnPairAdded(Session session, BetaToken left, int pair)
    {
        // The pair was linked at the head of the token's list: it is the first one when nothing follows it.
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

    protected override void OnPairRemoved(Session session, BetaToken left, object? value)
    {
        if (left.FirstPair == 0)
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

    private bool Satisfied(BetaToken left) => (left.FirstPair != 0) != Negated;

    private void Emit(Session session, BetaToken left)
    {
        // The output shares the items array: this node adds no slot.
        Token output = Next.NewInput(left.Items);
        left.Output = output;
        Next.LeftAdd(session, output);
    }

    private void Withdraw(Session session, BetaToken left)
    {
        Token? output = left.Output;
        if (output is not null)
        {
            left.Output = null;
            Next.LeftRemove(session, output);
        }
    }
}
