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

    public virtual void PropagateAssert(Session session, ChunkedList<Fact> facts)
    {
        ChunkedList<Fact> toAssert = Passing(session, facts);
        if (toAssert.Count > 0)
        {
            foreach (AlphaNode child in ChildNodes)
            {
                child.PropagateAssert(session, toAssert);
            }

            MemoryNode?.PropagateAssert(session, toAssert);
        }

        ReturnPassing(session, toAssert, facts);
    }

    public virtual void PropagateUpdate(Session session, ChunkedList<Fact> facts)
    {
        var passed = new bool[facts.Count];
        int count = 0;
        for (int i = 0; i < facts.Count; i++)
        {
            passed[i] = IsSatisfiedBy(session, facts[i]);
            count += passed[i] ? 1 : 0;
        }

        PropagateUpdateInternal(session, count == facts.Count ? facts : Select(facts, passed, true, count));
        PropagateRetractInternal(session, count == 0 ? facts : Select(facts, passed, false, facts.Count - count));
    }

    /// <summary>
    /// The facts of a batch that pass this node: the batch itself when all pass (the usual single-fact batch), so
    /// nothing is allocated; no node changes a batch it is given.
    /// </summary>
    protected ChunkedList<Fact> Passing(Session session, ChunkedList<Fact> facts)
    {
        ChunkedList<Fact>? passing = null;
        for (int i = 0; i < facts.Count; i++)
        {
            bool passes = IsSatisfiedBy(session, facts[i]);
            if (passing is null)
            {
                if (passes)
                {
                    continue;
                }

                passing = session.Pool.Facts();
                for (int j = 0; j < i; j++)
                {
                    passing.Add(facts[j]);
                }
            }
            else if (passes)
            {
                passing.Add(facts[i]);
            }
        }

        return passing ?? facts;
    }

    /// <summary>Gives back a list <see cref="Passing"/> rented (not the batch itself) once the nodes below are done with it.</summary>
    protected static void ReturnPassing(Session session, ChunkedList<Fact> passing, ChunkedList<Fact> facts)
    {
        if (!ReferenceEquals(passing, facts))
        {
            session.Pool.Return(passing);
        }
    }

    private static ChunkedList<Fact> Select(ChunkedList<Fact> facts, bool[] passed, bool value, int count)
    {
        var selected = new ChunkedList<Fact>(count);
        for (int i = 0; i < facts.Count; i++)
        {
            if (passed[i] == value)
            {
                selected.Add(facts[i]);
            }
        }

        return selected;
    }

    public virtual void PropagateRetract(Session session, ChunkedList<Fact> facts) => PropagateRetractInternal(session, facts);

    protected void PropagateUpdateInternal(Session session, ChunkedList<Fact> facts)
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

    protected void PropagateRetractInternal(Session session, ChunkedList<Fact> facts)
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

/// <summary>
/// The entry of the alpha network: every fact passes, to the type nodes of its type. Which type nodes a type reaches is
/// worked out once per type and kept (the network does not change once built), so a fact is not tested against every
/// type of the rule set.
/// </summary>
internal sealed class RootNode : AlphaNode
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, int[]> _reachedIndexes = new();

    public override bool IsSatisfiedBy(Session session, Fact fact) => true;

    public override void PropagateAssert(Session session, ChunkedList<Fact> facts) => Dispatch(session, facts, static (node, s, f) => node.AssertPassed(s, f));

    public override void PropagateUpdate(Session session, ChunkedList<Fact> facts) => Dispatch(session, facts, static (node, s, f) => node.UpdatePassed(s, f));

    public override void PropagateRetract(Session session, ChunkedList<Fact> facts) => Dispatch(session, facts, static (node, s, f) => node.RetractPassed(s, f));

    private void Dispatch(Session session, ChunkedList<Fact> facts, Action<TypeNode, Session, ChunkedList<Fact>> propagate)
    {
        if (facts.Count == 1)
        {
            foreach (int index in ReachedIndexes(facts[0].FactType))
            {
                propagate((TypeNode)ChildNodes[index], session, facts);
            }

            return;
        }

        // A batch (InsertAll): each type node, in order, gets the batch's facts of its type, in batch order. One pass
        // over the facts files them by type node; the groups are then handed on in the order of the root's children.
        ChunkedList<Fact>?[] byNode = session.Pool.ByNode(ChildNodes.Count);
        foreach (Fact fact in facts)
        {
            foreach (int index in ReachedIndexes(fact.FactType))
            {
                (byNode[index] ??= session.Pool.Facts()).Add(fact);
            }
        }

        for (int index = 0; index < ChildNodes.Count; index++)
        {
            if (byNode[index] is { } passing)
            {
                byNode[index] = null;
                propagate((TypeNode)ChildNodes[index], session, passing);
                session.Pool.Return(passing);
            }
        }

        session.Pool.Return(byNode);
    }

    /// <summary>The positions, among the root's children, of the type nodes a fact of this type reaches, in order.</summary>
    private int[] ReachedIndexes(Type type) =>
        _reachedIndexes.GetOrAdd(type, static (t, children) => [.. Enumerable.Range(0, children.Count).Where(i => ((TypeNode)children[i]).FilterType.IsAssignableFrom(t))], ChildNodes);
}

/// <summary>Passes facts of one type (and its subtypes and implementations).</summary>
internal sealed class TypeNode(Type filterType) : AlphaNode
{
    public Type FilterType { get; } = filterType;

    public override bool IsSatisfiedBy(Session session, Fact fact) => FilterType.IsAssignableFrom(fact.FactType);

    /// <summary>Propagates facts the root already found to be of this type.</summary>
    public void AssertPassed(Session session, ChunkedList<Fact> facts)
    {
        foreach (AlphaNode child in ChildNodes)
        {
            child.PropagateAssert(session, facts);
        }

        MemoryNode?.PropagateAssert(session, facts);
    }

    public void UpdatePassed(Session session, ChunkedList<Fact> facts) => PropagateUpdateInternal(session, facts);

    public void RetractPassed(Session session, ChunkedList<Fact> facts) => PropagateRetractInternal(session, facts);

    // An update or retraction reaches only the nodes of the fact's type; a fact does not change type.
    public override void PropagateUpdate(Session session, ChunkedList<Fact> facts)
    {
        ChunkedList<Fact> passing = Passing(session, facts);
        PropagateUpdateInternal(session, passing);
        ReturnPassing(session, passing, facts);
    }

    public override void PropagateRetract(Session session, ChunkedList<Fact> facts)
    {
        ChunkedList<Fact> passing = Passing(session, facts);
        PropagateRetractInternal(session, passing);
        ReturnPassing(session, passing, facts);
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
