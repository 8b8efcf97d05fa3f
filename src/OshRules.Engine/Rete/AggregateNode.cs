using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Collects the right facts of each left tuple into one collection (<c>Collect()</c>), and passes the tuple on with
/// the collection as its fact: as soon as the tuple arrives (an empty collection while nothing matches), then as an
/// update whenever a fact joins, changes or leaves the collection.
/// </summary>
internal sealed class AggregateNode : BinaryBetaNode
{
    private readonly Func<Collector> _newCollection;

    public AggregateNode(ITupleSource leftSource, IObjectSource rightSource, int leftLevel, string name, List<Declaration> declarations,
        ExpressionCollection expressions, Type elementType, bool isSubnetJoin)
        : base(leftSource, rightSource, isSubnetJoin, leftLevel)
    {
        Name = name;
        Declarations = declarations;
        Expressions = expressions;
        Type collectionType = typeof(FactCollection<>).MakeGenericType(elementType);
        _newCollection = System.Linq.Expressions.Expression.Lambda<Func<Collector>>(System.Linq.Expressions.Expression.New(collectionType)).Compile();
    }

    public string Name { get; }

    public List<Declaration> Declarations { get; }

    public ExpressionCollection Expressions { get; }

    public override void PropagateAssert(Session session, ChunkedList<Tuple> tuples)
    {
        Aggregation aggregation = session.Pool.Aggregation();
        JoinedBatch sets = JoinedSets(session, tuples);
        foreach (TupleFactSet set in sets)
        {
            Collector collector = Create(session, set.Tuple);
            collector.Add(aggregation, set.Tuple, set.Facts);
        }

        session.Pool.Return(sets);

        Propagate(session, aggregation);
    }

    public override void PropagateUpdate(Session session, ChunkedList<Tuple> tuples)
    {
        TupleState<Collector> collectors = States<Collector>();
        Aggregation aggregation = session.Pool.Aggregation();
        JoinedBatch sets = JoinedSets(session, tuples);
        foreach (TupleFactSet set in sets)
        {
            if (collectors.TryGet(set.Tuple, out Collector? collector))
            {
                if (IsSubnetJoin && set.Facts.Count > 0)
                {
                    // The sub-network's facts carry the update from the right.
                    continue;
                }

                collector.Modify(aggregation, set.Tuple, set.Facts);
            }
            else
            {
                Create(session, set.Tuple).Add(aggregation, set.Tuple, set.Facts);
            }
        }

        session.Pool.Return(sets);

        Propagate(session, aggregation);
    }

    public override void PropagateRetract(Session session, ChunkedList<Tuple> tuples)
    {
        TupleState<Collector> collectors = States<Collector>();
        Aggregation aggregation = session.Pool.Aggregation();
        foreach (Tuple tuple in tuples)
        {
            if (collectors.Remove(tuple, out Collector? collector) && collector.Result is { } result)
            {
                aggregation.Add(AggregationAction.Removed, tuple, result);
            }
        }

        Propagate(session, aggregation);
    }

    protected override void AssertRightFacts(Session session, ChunkedList<Fact> facts)
    {
        TupleState<Collector> collectors = States<Collector>();
        Aggregation aggregation = session.Pool.Aggregation();
        JoinedBatch sets = JoinedSets(session, facts);
        foreach (TupleFactSet set in sets)
        {
            if (set.Facts.Count == 0)
            {
                continue;
            }

            if (!collectors.TryGet(set.Tuple, out Collector? collector))
            {
                collector = Create(session, set.Tuple);
                TupleFactSet whole = JoinedSet(session, set.Tuple);
                collector.Add(aggregation, set.Tuple, whole.Facts);
                Release(session, whole);
            }

            collector.Add(aggregation, set.Tuple, set.Facts);
        }

        session.Pool.Return(sets);

        Propagate(session, aggregation);
    }

    public override void PropagateUpdate(Session session, ChunkedList<Fact> facts)
    {
        TupleState<Collector> collectors = States<Collector>();
        Aggregation aggregation = session.Pool.Aggregation();
        JoinedBatch sets = JoinedSets(session, facts);
        foreach (TupleFactSet set in sets)
        {
            if (set.Facts.Count == 0)
            {
                continue;
            }

            if (collectors.TryGet(set.Tuple, out Collector? collector))
            {
                collector.Modify(aggregation, set.Tuple, set.Facts);
            }
            else
            {
                TupleFactSet whole = JoinedSet(session, set.Tuple);
                Create(session, set.Tuple).Add(aggregation, set.Tuple, whole.Facts);
                Release(session, whole);
            }
        }

        session.Pool.Return(sets);

        Propagate(session, aggregation);
    }

    public override void PropagateRetract(Session session, ChunkedList<Fact> facts)
    {
        TupleState<Collector> collectors = States<Collector>();
        Aggregation aggregation = session.Pool.Aggregation();
        JoinedBatch sets = JoinedSets(session, facts);
        foreach (TupleFactSet set in sets)
        {
            if (set.Facts.Count > 0 && collectors.TryGet(set.Tuple, out Collector? collector))
            {
                collector.Remove(aggregation, set.Tuple, set.Facts);
            }
        }

        session.Pool.Return(sets);

        Propagate(session, aggregation);
    }

    private static void Release(Session session, TupleFactSet set)
    {
        if (set.Rented && set.Facts.WholeList is { } list)
        {
            session.Pool.Return(list);
        }
    }

    private Collector Create(Session session, Tuple tuple)
    {
        Collector collector = _newCollection();
        States<Collector>().Set(tuple, collector);
        return collector;
    }

    private void Propagate(Session session, Aggregation aggregation)
    {
        foreach ((AggregationAction action, TupleFactList list) in aggregation.Lists)
        {
            switch (action)
            {
                case AggregationAction.Added:
                    MemoryNode.PropagateAssert(session, list);
                    break;
                case AggregationAction.Modified:
                    MemoryNode.PropagateUpdate(session, list);
                    break;
                default:
                    MemoryNode.PropagateRetract(session, list);
                    break;
            }

            session.Pool.Return(list);
        }

        session.Pool.Return(aggregation);
    }
}

/// <summary>What an aggregate did to its results in one operation.</summary>
internal enum AggregationAction
{
    Added,
    Modified,
    Removed,
}

/// <summary>An aggregate node's changes in one operation, in runs of the same action, in order (reused, as the <see cref="Pool"/>'s lists are).</summary>
internal sealed class Aggregation
{
    private readonly Pool _pool;

    public Aggregation(Pool pool)
    {
        _pool = pool;
    }

    public List<(AggregationAction Action, TupleFactList List)> Lists { get; } = [];

    public void Add(AggregationAction action, Tuple tuple, Fact result)
    {
        if (Lists.Count == 0 || Lists[^1].Action != action)
        {
            Lists.Add((action, _pool.Pairs()));
        }

        Lists[^1].List.Add(tuple, result);
    }
}
