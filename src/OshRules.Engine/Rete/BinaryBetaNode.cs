namespace OshRules.Engine.Rete;

/// <summary>
/// A beta node with a right input of facts: a join, a Not, an Exists or an aggregate. It pairs each left tuple with the
/// right facts it may match, in NRules' order (left tuples in memory order, facts in memory or batch order), but finds
/// them without testing every pair where it can: by the group a sub-network's fact belongs to, or (for new tuples and
/// new facts) by a hash key of a join's leading equality. Where a key cannot be read (its expression throws), or
/// someone traces every evaluation, it pairs everything, so that the conditions, evaluated pair by pair as in NRules'
/// runtime, throw and report where NRules' would. Updates and retractions pair everything too: a pair made under a
/// key that has since changed must still be found.
/// </summary>
internal abstract class BinaryBetaNode : BetaNode, IObjectSink
{
    private JoinKey? _key;
    private int _rightKeyIndex = -1;
    private int _leftKeyIndex = -1;
    private int _groupIndex = -1;
    private int _leftIdIndex = -1;

    protected BinaryBetaNode(ITupleSource leftSource, IObjectSource rightSource, bool isSubnetJoin, int leftLevel)
    {
        LeftSource = leftSource;
        RightSource = rightSource;
        IsSubnetJoin = isSubnetJoin;
        LeftLevel = leftLevel;
        leftSource.Attach(this);
        rightSource.Attach(this);
        if (isSubnetJoin && rightSource is ObjectInputAdapter adapter)
        {
            _groupIndex = adapter.AddGroupIndex(leftLevel);
            _leftIdIndex = leftSource.AddIndex(t => t.Id);
        }
    }

    public ITupleSource LeftSource { get; }

    public IObjectSource RightSource { get; }

    public bool IsSubnetJoin { get; }

    /// <summary>Gets the number of levels of the left tuples.</summary>
    public int LeftLevel { get; }

    private bool IsGroupJoin => _groupIndex >= 0;

    public abstract void PropagateAssert(Session session, List<Fact> facts);

    public abstract void PropagateUpdate(Session session, List<Fact> facts);

    public abstract void PropagateRetract(Session session, List<Fact> facts);

    /// <summary>Indexes the join by an equality key (set once, when the node is built, on joins of alpha memories).</summary>
    protected void UseKey(JoinKey key)
    {
        _key = key;
        _rightKeyIndex = ((AlphaMemoryNode)RightSource).AddIndex(key.FactKey);
        _leftKeyIndex = LeftSource.AddIndex(key.TupleKey);
    }

    /// <summary>The right facts of one left tuple.</summary>
    protected TupleFactSet JoinedSet(Session session, Tuple tuple, bool useKey = false)
    {
        if (IsGroupJoin)
        {
            return new TupleFactSet(tuple, ((ObjectInputAdapter)RightSource).GroupFacts(session, _groupIndex, tuple.Id));
        }

        if (useKey && _key is not null && TryFactsByKey(session, tuple, out List<Fact>? facts))
        {
            return new TupleFactSet(tuple, facts!);
        }

        return new TupleFactSet(tuple, RightSource.GetFacts(session));
    }

    /// <summary>The right facts of each left tuple of a batch, in batch order.</summary>
    protected List<TupleFactSet> JoinedSets(Session session, List<Tuple> tuples, bool useKey = false)
    {
        var sets = new List<TupleFactSet>(tuples.Count);
        if (tuples.Count == 0)
        {
            return sets;
        }

        if (!IsGroupJoin && !(useKey && _key is not null))
        {
            List<Fact> all = RightSource.GetFacts(session);
            foreach (Tuple tuple in tuples)
            {
                sets.Add(new TupleFactSet(tuple, all));
            }

            return sets;
        }

        foreach (Tuple tuple in tuples)
        {
            sets.Add(JoinedSet(session, tuple, useKey));
        }

        return sets;
    }

    /// <summary>The left tuples a batch of right facts may match, each with those facts, in left memory order.</summary>
    protected List<TupleFactSet> JoinedSets(Session session, List<Fact> facts, bool useKey = false)
    {
        BetaMemory left = LeftSource.GetMemory(session);
        var sets = new List<TupleFactSet>();
        if (left.Tuples.Count == 0)
        {
            return sets;
        }

        if (IsGroupJoin)
        {
            return ByLeftSlot(left, facts, _leftIdIndex, fact => ((WrapperFact)fact).WrappedTuple.GetGroupId(LeftLevel));
        }

        if (useKey && _key is not null && !left.Indexes[_leftKeyIndex].HasFailedKeys && !session.Events.TraceEnabled
            && TryKeys(session, facts, out object[]? keys))
        {
            return ByLeftSlot(left, facts, _leftKeyIndex, null, keys);
        }

        for (int i = 0; i < left.Tuples.End; i++)
        {
            if (left.Tuples[i] is { } tuple)
            {
                sets.Add(new TupleFactSet(tuple, facts));
            }
        }

        return sets;
    }

    private bool TryFactsByKey(Session session, Tuple tuple, out List<Fact>? facts)
    {
        facts = null;
        AlphaMemory right = ((AlphaMemoryNode)RightSource).GetMemory(session);
        KeyIndex<Fact> index = right.Indexes[_rightKeyIndex];
        if (index.HasFailedKeys || session.Events.TraceEnabled)
        {
            return false;
        }

        object key;
        try
        {
            key = LeftSource.GetMemory(session).Indexes[_leftKeyIndex].KeyOf(tuple);
        }
#pragma warning disable CA1031 // The key throws: pair everything, so the condition throws where NRules' would.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        List<int>? slots = index.Find(key);
        facts = new List<Fact>(slots?.Count ?? 0);
        if (slots is not null)
        {
            foreach (int slot in slots)
            {
                facts.Add(right.Facts[slot]!);
            }
        }

        return true;
    }

    private bool TryKeys(Session session, List<Fact> facts, out object[]? keys)
    {
        keys = null;
        KeyIndex<Fact> index = ((AlphaMemoryNode)RightSource).GetMemory(session).Indexes[_rightKeyIndex];
        var result = new object[facts.Count];
        try
        {
            for (int i = 0; i < facts.Count; i++)
            {
                result[i] = index.KeyOf(facts[i]);
            }
        }
#pragma warning disable CA1031 // As above.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        keys = result;
        return true;
    }

    /// <summary>Groups a batch of facts under the left tuples filed under their keys, ordered by left slot then batch order.</summary>
    private static List<TupleFactSet> ByLeftSlot(BetaMemory left, List<Fact> facts, int indexNumber, Func<Fact, long>? group, object[]? keys = null)
    {
        KeyIndex<Tuple> index = left.Indexes[indexNumber];
        var pairs = new List<(int Slot, int Order)>();
        for (int i = 0; i < facts.Count; i++)
        {
            object key = keys is not null ? keys[i] : group!(facts[i]);
            if (index.Find(key) is { } slots)
            {
                foreach (int slot in slots)
                {
                    pairs.Add((slot, i));
                }
            }
        }

        if (pairs.Count > 1)
        {
            pairs.Sort();
        }

        var sets = new List<TupleFactSet>();
        int current = -1;
        List<Fact>? bucket = null;
        foreach ((int slot, int order) in pairs)
        {
            if (slot != current)
            {
                current = slot;
                bucket = [];
                sets.Add(new TupleFactSet(left.Tuples[slot]!, bucket));
            }

            bucket!.Add(facts[order]);
        }

        return sets;
    }
}
