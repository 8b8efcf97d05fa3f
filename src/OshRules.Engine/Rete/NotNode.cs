namespace OshRules.Engine.Rete;

/// <summary>Passes a left tuple on while no right fact matches it (Not, and ForAll as "no counter-example").</summary>
internal sealed class NotNode(ITupleSource leftSource, IObjectSource rightSource, int leftLevel)
    : BinaryBetaNode(leftSource, rightSource, isSubnetJoin: true, leftLevel)
{
    public override void PropagateAssert(Session session, List<Tuple> tuples)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toAssert = Pool.Pairs();
        JoinedBatch sets = JoinedSets(session, tuples);
        foreach (TupleFactSet set in sets)
        {
            var quantifier = new Quantifier { Value = set.Facts.Count };
            quantifiers.Set(set.Tuple, quantifier);
            if (quantifier.Value == 0)
            {
                toAssert.Add(set.Tuple);
            }
        }

        Pool.Return(sets);

        MemoryNode.PropagateAssert(session, toAssert);
        Pool.Return(toAssert);
    }

    public override void PropagateUpdate(Session session, List<Tuple> tuples)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toUpdate = Pool.Pairs();
        foreach (Tuple tuple in tuples)
        {
            if (quantifiers.Get(tuple)!.Value == 0)
            {
                toUpdate.Add(tuple);
            }
        }

        MemoryNode.PropagateUpdate(session, toUpdate);
        Pool.Return(toUpdate);
    }

    public override void PropagateRetract(Session session, List<Tuple> tuples)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toRetract = Pool.Pairs();
        foreach (Tuple tuple in tuples)
        {
            quantifiers.Remove(tuple, out Quantifier? quantifier);
            if (quantifier!.Value == 0)
            {
                toRetract.Add(tuple);
            }
        }

        MemoryNode.PropagateRetract(session, toRetract);
        Pool.Return(toRetract);
    }

    public override void PropagateAssert(Session session, List<Fact> facts)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toRetract = Pool.Pairs();
        JoinedBatch sets = JoinedSets(session, facts);
        foreach (TupleFactSet set in sets)
        {
            Quantifier quantifier = quantifiers.Get(set.Tuple)!;
            int before = quantifier.Value;
            quantifier.Value += set.Facts.Count;
            if (before == 0 && quantifier.Value > 0)
            {
                toRetract.Add(set.Tuple);
            }
        }

        Pool.Return(sets);

        MemoryNode.PropagateRetract(session, toRetract);
        Pool.Return(toRetract);
    }

    // A changed fact that still matches changes nothing here; one that stopped matching arrives as a retraction.
    public override void PropagateUpdate(Session session, List<Fact> facts)
    {
    }

    public override void PropagateRetract(Session session, List<Fact> facts)
    {
        TupleState<Quantifier> quantifiers = States<Quantifier>();
        TupleFactList toAssert = Pool.Pairs();
        JoinedBatch sets = JoinedSets(session, facts);
        foreach (TupleFactSet set in sets)
        {
            Quantifier quantifier = quantifiers.Get(set.Tuple)!;
            int before = quantifier.Value;
            quantifier.Value -= set.Facts.Count;
            if (before > 0 && quantifier.Value == 0)
            {
                toAssert.Add(set.Tuple);
            }
        }

        Pool.Return(sets);

        MemoryNode.PropagateAssert(session, toAssert);
        Pool.Return(toAssert);
    }
}
