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
    Func<BetaToken, Session, object> collect,
    int slot)
    : BetaNode(rule, id, factType, alpha, beta, index)
{
    public int Slot { get; } = slot;

    public override int BoundSlot => Slot;

    protected override bool Matches(Session session, BetaToken left, FactHandle fact, out object? value)
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

    protected override void OnLeftAdded(Session session, BetaToken left) => Emit(session, left);

    protected override void OnLeftRemoving(Session session, BetaToken left) => Withdraw(session, left);

    protected override void OnPairAdded(Session session, BetaToken left, int pair)
    {
        Withdraw(session, left);
        Emit(session, left);
    }

    protected override void OnPairRemoved(Session session, BetaToken left, object? value)
    {
        Withdraw(session, left);
        Emit(session, left);
    }

    private void Emit(Session session, BetaToken left)
    {
        Token output = Next.NewInput(left.ExtendItems(Width, Slot, collect(left, session)));
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
