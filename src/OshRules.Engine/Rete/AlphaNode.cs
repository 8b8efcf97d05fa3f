using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A node of the alpha network: tests one fact at a time and passes those that pass to its children first, then to its
/// memory (the order NRules' runtime visits them in, which decides the order activations are made).
/// </summary>
internal abstract class AlphaNode : IObjectSink
{
    public int Id { get; set; }

    public List<IRuleDefinition> Rules { get; } = [];

    public AlphaMemoryNode? MemoryNode { get; set; }

    public List<AlphaNode> ChildNodes { get; } = [];

    public abstract bool IsSatisfiedBy(Session session, Fact fact);

    public virtual void PropagateAssert(Session session, List<Fact> facts)
    {
        var toAssert = new List<Fact>(facts.Count);
        foreach (Fact fact in facts)
        {
            if (IsSatisfiedBy(session, fact))
            {
                toAssert.Add(fact);
            }
        }

        if (toAssert.Count > 0)
        {
            foreach (AlphaNode child in ChildNodes)
            {
                child.PropagateAssert(session, toAssert);
            }

            MemoryNode?.PropagateAssert(session, toAssert);
        }
    }

    public virtual void PropagateUpdate(Session session, List<Fact> facts)
    {
        var toUpdate = new List<Fact>(facts.Count);
        var toRetract = new List<Fact>();
        foreach (Fact fact in facts)
        {
            if (IsSatisfiedBy(session, fact))
            {
                toUpdate.Add(fact);
            }
            else
            {
                toRetract.Add(fact);
            }
        }

        PropagateUpdateInternal(session, toUpdate);
        PropagateRetractInternal(session, toRetract);
    }

    public virtual void PropagateRetract(Session session, List<Fact> facts) => PropagateRetractInternal(session, facts);

    protected void PropagateUpdateInternal(Session session, List<Fact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        foreach (AlphaNode child in ChildNodes)
        {
            child.PropagateUpdate(session, facts);
        }

        MemoryNode?.PropagateUpdate(session, facts);
    }

    protected void PropagateRetractInternal(Session session, List<Fact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        foreach (AlphaNode child in ChildNodes)
        {
            child.PropagateRetract(session, facts);
        }

        MemoryNode?.PropagateRetract(session, facts);
    }
}

/// <summary>The entry of the alpha network: every fact passes.</summary>
internal sealed class RootNode : AlphaNode
{
    public override bool IsSatisfiedBy(Session session, Fact fact) => true;
}

/// <summary>Passes facts of one type (and its subtypes and implementations).</summary>
internal sealed class TypeNode(Type filterType) : AlphaNode
{
    public Type FilterType { get; } = filterType;

    public override bool IsSatisfiedBy(Session session, Fact fact) => FilterType.IsAssignableFrom(fact.FactType);

    // An update or retraction reaches only the nodes of the fact's type; a fact does not change type.
    public override void PropagateUpdate(Session session, List<Fact> facts) => PropagateUpdateInternal(session, Filter(facts));

    public override void PropagateRetract(Session session, List<Fact> facts) => PropagateRetractInternal(session, Filter(facts));

    private List<Fact> Filter(List<Fact> facts)
    {
        var passed = new List<Fact>(facts.Count);
        foreach (Fact fact in facts)
        {
            if (FilterType.IsAssignableFrom(fact.FactType))
            {
                passed.Add(fact);
            }
        }

        return passed;
    }
}

/// <summary>Passes facts for which a condition on the fact alone holds.</summary>
internal sealed class SelectionNode(ExpressionElement element, LhsExpression<bool> condition) : AlphaNode
{
    public ExpressionElement Element { get; } = element;

    public override bool IsSatisfiedBy(Session session, Fact fact)
    {
        try
        {
            return condition.Invoke(session, this, null, fact);
        }
        catch (LhsEvaluationFailure e) when (e.IsHandled)
        {
            return false;
        }
        catch (LhsEvaluationFailure e)
        {
            throw NRulesErrors.Lhs("Failed to evaluate condition", e.Expression.ToString(), e.InnerException!);
        }
    }
}
