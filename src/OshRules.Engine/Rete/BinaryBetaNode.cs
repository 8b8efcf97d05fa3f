namespace OshRules.Engine.Rete;

/// <summary>
/// A beta node with a right input of facts: a join, a Not, an Exists or an aggregate. It pairs each left tuple with the
/// right facts it may match, in NRules' order (left tuples in memory order, facts in memory or batch order), but finds
/// them without testing every pair where it can: by the group a sub-network's fact belongs to, or (for new tuples and
/// new facts) by a hash key of a join's leading equality, once the memory searched is large enough to keep indexes.
/// Where a key cannot be read (its expression throws), or someone traces every evaluation, it pairs everything, so that
/// the conditions, evaluated pair by pair as in NRules' runtime, throw and report where NRules' would. Updates and
/// retractions pair everything too: a pair made under a key that has since changed must still be found. While a fact's
/// object has changed ahead of its update's propagation, memories the update has not reached file it under its old key,
/// so joins pair everything then too.
/// </summary>
internal abstract class BinaryBetaNode : BetaNode, IObjectSink
{

    private JoinKey? _key;
    private int _rightKeyIndex = -1;
    private int _leftKeyIndex = -1;
    private int _groupIndex = -1;

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
        }
    }

    public ITupleSource LeftSource { get; }

    public IObjectSource RightSource { get; }

    public bool IsSubnetJoin { get; }

    /// <summary>Gets the number of levels of the left tuples.</summary>
    public int LeftLevel { get; }

    private bool IsGroupJoin => _groupIndex >= 0;

    /// <summary>
    /// Takes new right facts. While no left tuple waits in the session they have nothing to pair with, and a join, a
    /// quantifier and an aggregate do nothing with them (their tuples will find the facts when they come).
    /// </summary>
    public void PropagateAssert(Session session, ChunkedList<Fact> facts)
    {
        if (LeftSource.ReadMemory(session).Count > 0)
        {
            AssertRightFacts(session, facts);
        }
    }

    public abstract void PropagateUpdate(Session session, ChunkedList<Fact> facts);

    public abstract void PropagateRetract(Session session, ChunkedList<Fact> facts);

    /// <summary>Pairs new right facts with the left tuples of a session, which holds at least one.</summary>
    protected abstract void AssertRightFacts(Session session, ChunkedList<Fact> facts);

    /// <summary>Indexes the join by an equality key (set once, when the node is built, on joins of alpha memories).</summary>
    protected void UseKey(JoinKey key)
    {
        _key = key;
        _rightKeyIndex = ((AlphaMemoryNode)RightSource).AddIndex(key.FactIndex);
        _leftKeyIndex = LeftSource.AddIndex(key.TupleIndex);
    }

    /// <summary>The right facts of one left tuple.</summary>
    public TupleFactSet JoinedSet(Session session, Tuple tuple, bool useKey = false)
    {
        if (IsGroupJoin)
        {
            ChunkedList<Fact> group = ((ObjectInputAdapter)RightSource).GroupFacts(session, _groupIndex, LeftLevel, tuple);
            return new TupleFactSet(tuple, new FactRun(group), Rented: !ReferenceEquals(group, ObjectInputAdapter.NoFacts));
        }

        if (useKey && _key is not null && TryFactsByKey(session, tuple, out ChunkedList<Fact>? facts))
        {
            return new TupleFactSet(tuple, new FactRun(facts!), Rented: true);
        }

        return new TupleFactSet(tuple, RightSource.GetFacts(session));
    }

    /// <summary>The right facts of each left tuple of a batch, in batch order (release the batch when done).</summary>
    protected JoinedBatch JoinedSets(Session session, ChunkedList<Tuple> tuples, bool useKey = false) => new(this, session, tuples, useKey);

    /// <summary>
    /// The left tuples a batch of right facts may match, each with those facts, in left memory order (release the
    /// batch when done).
    /// </summary>
    protected JoinedBatch JoinedSets(Session session, ChunkedList<Fact> facts, bool useKey = false)
    {
        BetaMemory left = LeftSource.ReadMemory(session);
        if (left.Count == 0)
        {
            return default;
        }

        if (IsGroupJoin)
        {
            return new JoinedBatch(session.Pool, left, facts, ByLeftTuple(session, left, facts, key: null));
        }

        if (useKey && _key is not null && left.Index(_leftKeyIndex) is { HasFailedKeys: false } && !session.PairsEverything)
        {
            JoinKey key = _key;
            try
            {
                return new JoinedBatch(session.Pool, left, facts, ByLeftTuple(session, left, facts, key));
            }
#pragma warning disable CA1031 // A key threw: pair everything, so the condition throws where NRules' would.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        return new JoinedBatch(session.Pool, left, facts);
    }

    private bool TryFactsByKey(Session session, Tuple tuple, out ChunkedList<Fact>? facts)
    {
        facts = null;
        AlphaMemory right = ((AlphaMemoryNode)RightSource).ReadMemory(session);
        if (right.Index(_rightKeyIndex) is not { HasFailedKeys: false } index || session.PairsEverything)
        {
            return false;
        }

        KeyIndex<Fact>.SlotChain matches;
        try
        {
            matches = _key!.FactsOf(index!, tuple);
        }
#pragma warning disable CA1031 // The key throws: pair everything, so the condition throws where NRules' would.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        facts = session.Pool.Facts();
        foreach (int slot in matches)
        {
            facts.Add(right.Facts[slot]!);
        }

        return true;
    }

    /// <summary>
    /// Files a batch of facts under the left tuples whose key equals each fact's (<paramref name="key"/>'s, from the left
    /// index), or, without a key, under the tuple the fact's sub-network match extends (its group, which knows its own
    /// slot), sorted by left slot then batch order. Throws what a fact's key throws.
    /// </summary>
    private ChunkedList<SlotOrder> ByLeftTuple(Session session, BetaMemory left, ChunkedList<Fact> facts, JoinKey? key)
    {
        ChunkedList<SlotOrder> pairs = session.Pool.PairList();
        try
        {
            KeyIndex<Tuple>? index = key is null ? null : left.Index(_leftKeyIndex);
            for (int i = 0; i < facts.Count; i++)
            {
                Fact fact = facts[i];
                if (key is not null)
                {
                    if (index is not null)
                    {
                        foreach (int slot in key.TuplesOf(index, fact))
                        {
                            pairs.Add(new SlotOrder(slot, i));
                        }
                    }

                    continue;
                }

                // A tuple lives in one memory and knows its slot there; one not (or no longer) in the left memory has
                // a slot of -1 or one another tuple now holds.
                if (((WrapperFact)fact).WrappedTuple.GetAncestor(LeftLevel) is { } group && left.Holds(group))
                {
                    pairs.Add(new SlotOrder(group.Slot, i));
                }
            }
        }
        catch
        {
            session.Pool.Return(pairs);
            throw;
        }

        if (pairs.Count > 1)
        {
            pairs.Sort();
        }

        return pairs;
    }
}
