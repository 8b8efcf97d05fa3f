namespace OshRules.Engine.Rete;

/// <summary>
/// Passes a left tuple on while at least one right fact matches it (Exists), or while none does (Not; ForAll as "no
/// counter-example"). It counts each left tuple's matches and reacts when a count crosses zero.
/// </summary>
internal sealed class QuantifierNode(ITupleSource leftSource, IObjectSource rightSource, int leftLevel, bool exists)
    : BinaryBetaNode(leftSource, rightSource, isSubnetJoin: true, leftLevel)
{
    /// <summary>Gets a value indicating whether this is an Exists node (else a Not node).</summary>
    public bool IsExists { get; } = exists;

    public override void PropagateAssert(Session session, ChunkedList<Tuple> tuples)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toAssert = session.Pool.Pairs();
        JoinedBatch sets = JoinedSets(session, tuples);
        foreach (TupleFactSet set in sets)
        {
            var quantifier = Quantifier.Of(set.Facts.Count);
            quantifiers.Set(set.Tuple, quantifier);
            if (Passes(quantifier.Value))
            {
                toAssert.Add(set.Tuple);
            }
        }

        session.Pool.Return(sets);
        MemoryNode.PropagateAssert(session, toAssert);
        session.Pool.Return(toAssert);
    }

    public override void PropagateUpdate(Session session, ChunkedList<Tuple> tuples)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toUpdate = session.Pool.Pairs();
        foreach (Tuple tuple in tuples)
        {
            if (Passes(quantifiers.Get(tuple)!.Value))
            {
                toUpdate.Add(tuple);
            }
        }

        MemoryNode.PropagateUpdate(session, toUpdate);
        session.Pool.Return(toUpdate);
    }

    public override void PropagateRetract(Session session, ChunkedList<Tuple> tuples)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toRetract = session.Pool.Pairs();
        foreach (Tuple tuple in tuples)
        {
            quantifiers.Remove(tuple, out Quantifier? quantifier);
            if (Passes(quantifier!.Value))
            {
                toRetract.Add(tuple);
            }
        }

        MemoryNode.PropagateRetract(session, toRetract);
        session.Pool.Return(toRetract);
    }

    // A first match starts an Exists tuple and stops a Not tuple.
    protected override void AssertRightFacts(Session session, ChunkedList<Fact> facts) => Count(session, facts, +1, crossed: IsExists);

    // A changed fact that still matches changes nothing here; one that stopped matching arrives as a retraction.
    public override void PropagateUpdate(Session session, ChunkedList<Fact> facts)
    {
    }

    // A last match leaving stops an Exists tuple and starts a Not tuple.
    public override void PropagateRetract(Session session, ChunkedList<Fact> facts) => Count(session, facts, -1, crossed: !IsExists);

    private bool Passes(int count) => IsExists ? count > 0 : count == 0;

    /// <summary>Adds or takes away matches; a tuple whose count crosses zero is asserted (<paramref name="crossed"/>) or retracted downstream.</summary>
    private void Count(Session session, ChunkedList<Fact> facts, int sign, bool crossed)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList changed = session.Pool.Pairs();
        JoinedBatch sets = JoinedSets(session, facts);
        foreach (TupleFactSet set in sets)
        {
            int before = quantifiers.Get(set.Tuple)!.Value;
            int after = before + (sign * set.Facts.Count);
            quantifiers.Set(set.Tuple, Quantifier.Of(after));
            if ((before == 0) != (after == 0))
            {
                changed.Add(set.Tuple);
            }
        }

        session.Pool.Return(sets);
        if (crossed)
        {
            MemoryNode.PropagateAssert(session, changed);
        }
        else
        {
            MemoryNode.PropagateRetract(session, changed);
        }

        session.Pool.Return(changed);
    }
}
