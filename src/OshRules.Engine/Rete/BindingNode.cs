using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>Binds a value computed from the tuple (<c>Let</c>) as the next level's fact.</summary>
internal sealed class BindingNode : BetaNode
{
    private readonly LhsExpression<object?> _expression;

    public BindingNode(BindingElement element, LhsExpression<object?> expression, Type resultType, ITupleSource source)
    {
        Element = element;
        _expression = expression;
        ResultType = resultType;
        Source = source;
        source.Attach(this);
    }

    public BindingElement Element { get; }

    public Type ResultType { get; }

    public ITupleSource Source { get; }

    public override void PropagateAssert(Session session, ChunkedList<Tuple> tuples)
    {
        TupleFactList toAssert = session.Pool.Pairs();
        foreach (Tuple tuple in tuples)
        {
            Assert(session, tuple, toAssert);
        }

        MemoryNode.PropagateAssert(session, toAssert);
        session.Pool.Return(toAssert);
    }

    public override void PropagateUpdate(Session session, ChunkedList<Tuple> tuples)
    {
        TupleState<Fact> bound = States<Fact>();
        TupleFactList toAssert = session.Pool.Pairs();
        TupleFactList toUpdate = session.Pool.Pairs();
        TupleFactList toRetract = session.Pool.Pairs();
        foreach (Tuple tuple in tuples)
        {
            if (bound.TryGet(tuple, out Fact? fact))
            {
                try
                {
                    fact.RawObject = _expression.Invoke(session, this, tuple, null);
                    toUpdate.Add(tuple, fact);
                }
                catch (LhsEvaluationFailure e) when (e.IsHandled)
                {
                    Retract(session, tuple, toRetract);
                }
                catch (LhsEvaluationFailure e)
                {
                    throw Error(e);
                }
            }
            else
            {
                Assert(session, tuple, toAssert);
            }
        }

        MemoryNode.PropagateRetract(session, toRetract);
        MemoryNode.PropagateUpdate(session, toUpdate);
        MemoryNode.PropagateAssert(session, toAssert);
        session.Pool.Return(toRetract);
        session.Pool.Return(toUpdate);
        session.Pool.Return(toAssert);
    }

    public override void PropagateRetract(Session session, ChunkedList<Tuple> tuples)
    {
        TupleFactList toRetract = session.Pool.Pairs();
        foreach (Tuple tuple in tuples)
        {
            Retract(session, tuple, toRetract);
        }

        MemoryNode.PropagateRetract(session, toRetract);
        session.Pool.Return(toRetract);
    }

    private static Exception Error(LhsEvaluationFailure e) =>
        NRulesErrors.Lhs("Failed to evaluate binding expression", e.Expression.ToString(), e.InnerException!);

    private void Assert(Session session, Tuple tuple, TupleFactList toAssert)
    {
        try
        {
            object? value = _expression.Invoke(session, this, tuple, null);
            var fact = new TypedFact(value, value?.GetType() ?? ResultType);
            States<Fact>().Set(tuple, fact);
            toAssert.Add(tuple, fact);
        }
        catch (LhsEvaluationFailure e) when (e.IsHandled)
        {
        }
        catch (LhsEvaluationFailure e)
        {
            throw Error(e);
        }
    }

    private void Retract(Session session, Tuple tuple, TupleFactList toRetract)
    {
        if (States<Fact>().Remove(tuple, out Fact? fact))
        {
            toRetract.Add(tuple, fact);
        }
    }
}
