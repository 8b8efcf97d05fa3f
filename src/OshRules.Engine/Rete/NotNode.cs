namespace OshRules.Engine.Rete;

/// <summary>Passes a left tuple on while no right fact matches it (Not, and ForAll as "no counter-example").</summary>
internal sealed class NotNode(ITupleSource leftSource, IObjectSource rightSource, int leftLevel)
    : BinaryBetaNode(leftSource, rightSource, isSubnetJoin: true, leftLevel)
{
    public override void PropagateAssert(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, Quantifier> quantifiers = States<Quantifier>(session);
        var toAssert = new TupleFactList();
        foreach (TupleFactSet set in JoinedSets(session, tuples))
        {
            var quantifier = new Quantifier { Value = set.Facts.Count };
            quantifiers[set.Tuple] = quantifier;
            if (quantifier.Value == 0)
            {
                toAssert.Add(set.Tuple);
            }
        }

        MemoryNode.PropagateAssert(session, toAssert);
    }

    public override void PropagateUpdate(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, Quantifier> quantifiers = States<Quantifier>(session);
        var toUpdate = new TupleFactList();
        foreach (Tuple tuple in tuples)
        {
            if (quantifiers[tuple].Value == 0)
            {
                toUpdate.Add(tuple);
            }
        }

        MemoryNode.PropagateUpdate(session, toUpdate);
    }

    public override void PropagateRetract(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, Quantifier> quantifiers = States<Quantifier>(session);
        var toRetract = new TupleFactList();
        foreach (Tuple tuple in tuples)
        {
            quantifiers.Remove(tuple, out Quantifier? quantifier);
            if (quantifier!.Value == 0)
            {
                toRetract.Add(tuple);
            }
        }

        MemoryNode.PropagateRetract(session, toRetract);
    }

    public override void PropagateAssert(Session session, List<Fact> facts)
    {
        Dictionary<Tuple, Quantifier> quantifiers = States<Quantifier>(session);
        var toRetract = new TupleFactList();
        foreach (TupleFactSet set in JoinedSets(session, facts))
        {
            Quantifier quantifier = quantifiers[set.Tuple];
            int before = quantifier.Value;
            quantifier.Value += set.Facts.Count;
            if (before == 0 && quantifier.Value > 0)
            {
                toRetract.Add(set.Tuple);
            }
        }

        MemoryNode.PropagateRetract(session, toRetract);
    }

    // A changed fact that still matches changes nothing here; one that stopped matching arrives as a retraction.
    public override void PropagateUpdate(Session session, List<Fact> facts)
    {
    }

    public override void PropagateRetract(Session session, List<Fact> facts)
    {
        Dictionary<Tuple, Quantifier> quantifiers = States<Quantifier>(session);
        var toAssert = new TupleFactList();
        foreach (TupleFactSet set in JoinedSets(session, facts))
        {
            Quantifier quantifier = quantifiers[set.Tuple];
            int before = quantifier.Value;
            quantifier.Value -= set.Facts.Count;
            if (before > 0 && quantifier.Value == 0)
            {
                toAssert.Add(set.Tuple);
            }
        }

        MemoryNode.PropagateAssert(session, toAssert);
    }
}
