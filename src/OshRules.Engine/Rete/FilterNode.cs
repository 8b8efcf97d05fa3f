namespace OshRules.Engine.Rete;

/// <summary>Passes on the partial matches that satisfy conditions over earlier slots (<c>Having</c>, a filter on a collection).</summary>
internal sealed class FilterNode(RuleNetwork rule, int id, TupleCondition[] conditions) : Node(rule, id)
{
    public override int LeftAdd(Session session, Token left)
    {
        TupleCondition[] conditions1 = conditions;
        int i = 0;
        try
        {
            for (; i < conditions1.Length; i++)
            {
                if (!conditions1[i].Test(left.Items))
                {
                    return 0;
                }
            }
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, conditions1[i].Text, ex);
            return 0;
        }

        return PassOnKept(session, PassOn(left));
    }

    public override void LeftRemove(Session session, Token left, int state) => WithdrawKept(session, state);
}
