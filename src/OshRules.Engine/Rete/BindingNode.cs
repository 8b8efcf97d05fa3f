namespace OshRules.Engine.Rete;

/// <summary>Binds a value computed from earlier slots to a slot (<c>Let</c>).</summary>
internal sealed class BindingNode(RuleNetwork rule, int id, TupleExpression expression, int slot) : Node(rule, id)
{
    public override int BoundSlot => slot;

    public override void LeftAdd(Session session, Token left)
    {
        object? value;
        try
        {
            value = expression.Evaluate(left.Items);
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, expression.Text, ex);
            return;
        }

        Token output = Next.NewInput(left.ExtendItems(Width, slot, value));
        left.Output = output;
        Next.LeftAdd(session, output);
    }

    public override void LeftRemove(Session session, Token left)
    {
        Token? output = left.Output;
        if (output is not null)
        {
            left.Output = null;
            Next.LeftRemove(session, output);
        }
    }
}
