namespace OshRules.Engine.Rete;

/// <summary>
/// Collects the (projected) facts matching each partial match into a collection bound to a slot (<c>Query(...).Collect()</c>).
/// A partial match with no matching fact gets an empty collection; any change replaces the collection downstream.
/// </summary>
internal sealed class AggregateNode(
    RuleNetwork rule,
    int id,
    Type factType,
    AlphaCondition[] alpha,
    BetaCondition[] beta,
    JoinIndex? index,
    ElementStep[] steps,
    Func<int, Session, object> collect,
    int slot)
    : BetaNode(rule, id, factType, alpha, beta, index)
{
    public int Slot { get; } = slot;

    public override int BoundSlot => Slot;

    protected override bool Matches(Session session, Token left, FactHandle fact, out object? value)
    {
        if (!base.Matches(session, left, fact, out value))
        {
            return false;
        }

        object? element = fact.Value;
        ElementStep[] steps1 = steps;
        int i = 0;
        try
        {
            for (; i < steps1.Length; i++)
            {
                ElementStep step = steps1[i];
                object? result = step.Apply(left.Items, element);
                if (step.IsProjection)
                {
                    element = result;
                }
                else if (!(bool)result!)
                {
                    return false;
                }
            }
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, steps1[i].Text, ex);
            return false;
        }

        value = element;
        return true;
    }

    protected override void OnLeftAdded(Session session, int left) => Emit(session, left);

    protected override void OnLeftRemoving(Session session, int left) => Withdraw(session, left);

    protected override void OnPairAdded(Session session, int left, int pair)
    {
        Withdraw(session, left);
        Emit(session, left);
    }

    protected override void OnPairRemoved(Session session, int left, in PairEntry pair)
    {
        Withdraw(session, left);
        Emit(session, left);
    }

    private void Emit(Session session, int left) =>
        Emit(session, left, Next.NewInput(session.Lefts[left].Token.ExtendItems(Width, Slot, collect(left, session))));
}
