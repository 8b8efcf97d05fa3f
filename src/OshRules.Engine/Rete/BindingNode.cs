namespace OshRules.Engine.Rete;

/// <summary>Binds a value computed from earlier slots to a slot (<c>Let</c>).</summary>
internal sealed class BindingNode(RuleNetwork rule, int id, TupleExpression expression, int slot) : Node(rule, id)
{
    public override int BoundSlot => slot;

    public override int LeftAdd(Session session, Token left)
    {
        object? value;
        try
        {
            value = expression.Evaluate(left.Items);
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, expression.Text, ex);
            return 0;
        }

        return PassOnKept(session, Next.NewInput(left.ExtendItems(Width, slot, value)));
    }

    public override void LeftRemove(Session session, Token left, int state) => WithdrawKept(session, state);
}
