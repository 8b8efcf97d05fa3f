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
                    AssertResults(session, list);
                    break;
                case AggregationAction.Modified:
                    if (KnownChildren(session, list) is { } modified)
                    {
                        MemoryNode.UpdateChildren(session, modified);
                        session.Pool.Return(modified);
                    }
                    else
                    {
                        MemoryNode.PropagateUpdate(session, list);
                    }

                    break;
                default:
                    if (KnownChildren(session, list) is { } removed)
                    {
                        MemoryNode.RetractChildren(session, removed);
                        foreach (Tuple child in removed)
                        {
                            CollectorOf(child.RightFact!).Child = null;
                        }

                        session.Pool.Return(removed);
                    }
                    else
                    {
                        MemoryNode.PropagateRetract(session, list);
                    }

                    break;
            }

            session.Pool.Return(list);
        }

        session.Pool.Return(aggregation);
    }

    private static Collector CollectorOf(Fact result) => (Collector)result.RawObject!;

    /// <summary>Makes the tuples of new results here, so that each collector knows its own, and passes them on.</summary>
    private void AssertResults(Session session, TupleFactList list)
    {
        ChunkedList<Tuple> children = session.Pool.Tuples();
        for (int i = 0; i < list.Count; i++)
        {
            Fact result = list.FactAt(i)!;
            Tuple child = MemoryNode.NewTuple(list.TupleAt(i), result);
            CollectorOf(result).Child = child;
            children.Add(child);
        }

        MemoryNode.AssertChildren(session, children);
        session.Pool.Return(children);
    }

    /// <summary>
    /// Gets the tuples of the results in <paramref name="list"/> from their collectors, or null when one is not known
    /// or no longer in the memory (then the memory looks them up, as for any node).
    /// </summary>
    private ChunkedList<Tuple>? KnownChildren(Session session, TupleFactList list)
    {
        BetaMemory memory = MemoryNode.ReadMemory(session);
        ChunkedList<Tuple> children = session.Pool.Tuples();
        for (int i = 0; i < list.Count; i++)
        {
            Fact result = list.FactAt(i)!;
            if (CollectorOf(result).Child is not { } child || !ReferenceEquals(child.LeftTuple, list.TupleAt(i))
                || !ReferenceEquals(child.RightFact, result) || !memory.Holds(child))
            {
                session.Pool.Return(children);
                return null;
            }

            children.Add(child);
        }

        return children;
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
