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

        Token output = Next.NewInput(left.ExtendItems(Width, slot, value));
        int state = Next.LeftAdd(session, output);
        return session.Outputs.Add(new OutputEntry(output, state));
    }

    public override void LeftRemove(Session session, Token left, int state)
    {
        if (state != 0)
        {
            OutputEntry entry = session.Outputs[state];
            session.Outputs.Remove(state);
            Next.LeftRemove(session, (Token)entry.Output, entry.State);
        }
    }
}
