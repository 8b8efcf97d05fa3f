using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>Joins left tuples with right facts on the pattern's conditions that read earlier facts.</summary>
internal sealed class JoinNode : BinaryBetaNode
{
    private readonly LhsExpression<bool>[] _conditions;

    public JoinNode(ITupleSource leftSource, IObjectSource rightSource, int leftLevel, List<Declaration> declarations,
        List<ExpressionElement> elements, LhsExpression<bool>[] conditions, JoinKey? key, bool isSubnetJoin)
        : base(leftSource, rightSource, isSubnetJoin, leftLevel)
    {
        Declarations = declarations;
        Elements = elements;
        _conditions = conditions;
        if (key is not null)
        {
            UseKey(key);
        }
    }

    public List<Declaration> Declarations { get; }

    public List<ExpressionElement> Elements { get; }

    public override void PropagateAssert(Session session, ChunkedList<Tuple> tuples)
    {
        // While the right input holds no fact (most joins, while a session's first facts come in) no tuple can pair.
        if (!RightSource.IsEmpty(session))
        {
            Assert(session, JoinedSets(session, tuples, useKey: true));
        }
    }

    public override void PropagateUpdate(Session session, ChunkedList<Tuple> tuples)
    {
        if (IsSubnetJoin)
        {
            // The sub-network's facts carry the update from the right.
            return;
        }

        Update(session, JoinedSets(session, tuples));
    }

    public override void PropagateRetract(Session session, ChunkedList<Tuple> tuples) => Retract(session, JoinedSets(session, tuples));

    protected override void AssertRightFacts(Session session, ChunkedList<Fact> facts) => Assert(session, JoinedSets(session, facts, useKey: true));

    public override void PropagateUpdate(Session session, ChunkedList<Fact> facts) => Update(session, JoinedSets(session, facts));

    public override void PropagateRetract(Session session, ChunkedList<Fact> facts) => Retract(session, JoinedSets(session, facts));

    private void Assert(Session session, JoinedBatch sets)
    {
        TupleFactList toAssert = session.Pool.Pairs();
        foreach (TupleFactSet set in sets)
        {
            foreach (Fact fact in set.Facts)
            {
                if (Matches(session, set.Tuple, fact))
                {
                    toAssert.Add(set.Tuple, fact);
                }
            }
        }

        session.Pool.Return(sets);
        MemoryNode.PropagateAssert(session, toAssert);
        session.Pool.Return(toAssert);
    }

    private void Update(Session session, JoinedBatch sets)
    {
        BetaMemory memory = MemoryNode.ReadMemory(session);
        TupleFactList toUpdate = session.Pool.Pairs();
        TupleFactList toRetract = session.Pool.Pairs();
        foreach (TupleFactSet set in sets)
        {
            foreach (Fact fact in set.Facts)
            {
                if (Matches(session, set.Tuple, fact))
                {
                    toUpdate.Add(set.Tuple, fact);
                }
                else if (memory.ContainsChild(set.Tuple, fact))
                {
                    toRetract.Add(set.Tuple, fact);
                }
            }
        }

        MemoryNode.PropagateRetract(session, toRetract);
        session.Pool.Return(toRetract);
        MemoryNode.PropagateUpdate(session, toUpdate);
        session.Pool.Return(toUpdate);
        session.Pool.Return(sets);
    }

    private void Retract(Session session, JoinedBatch sets)
    {
        BetaMemory memory = MemoryNode.ReadMemory(session);
        TupleFactList toRetract = session.Pool.Pairs();
        foreach (TupleFactSet set in sets)
        {
            foreach (Fact fact in set.Facts)
            {
                if (memory.ContainsChild(set.Tuple, fact))
                {
                    toRetract.Add(set.Tuple, fact);
                }
            }
        }

        MemoryNode.PropagateRetract(session, toRetract);
        session.Pool.Return(toRetract);
        session.Pool.Return(sets);
    }

    private bool Matches(Session session, Tuple left, Fact right)
    {
        try
        {
            foreach (LhsExpression<bool> condition in _conditions)
            {
                if (!condition.Invoke(session, this, left, right))
                {
                    return false;
                }
            }

            return true;
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
