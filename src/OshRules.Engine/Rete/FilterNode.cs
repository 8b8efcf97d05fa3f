namespace OshRules.Engine.Rete;

/// <summary>Passes on the partial matches that satisfy conditions over earlier slots (<c>Having</c>, a filter on a collection).</summary>
internal sealed class FilterNode(RuleNetwork rule, int id, TupleCondition[] conditions) : Node(rule, id)
{
    public override void LeftAdd(Session session, Token left)
    {
        TupleCondition[] conditions1 = conditions;
        int i = 0;
        try
        {
            for (; i < conditions1.Length; i++)
            {
                if (!conditions1[i].Test(left.Items))
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, conditions1[i].Text, ex);
            return;
        }

        Token output = Next.NewInput(left.Items);
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
