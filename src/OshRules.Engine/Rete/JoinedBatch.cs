namespace OshRules.Engine.Rete;

/// <summary>
/// The right facts one left tuple is paired with: a list (a bucket, a group, or the caller's batch), the facts of an
/// alpha memory read in place (slot order, empty slots skipped), or the run of a sorted list of (left slot, batch
/// position) pairs that belongs to one left tuple. A run is read before the network changes again, so reading a memory
/// in place sees what a copy would.
/// </summary>
internal readonly struct FactRun
{
    private readonly ChunkedList<Fact>? _facts;
    private readonly ChunkedList<SlotOrder>? _pairs;
    private readonly ChunkedBuffer<Fact?> _slots;
    private readonly bool _inMemory;
    private readonly int _start;
    private readonly int _end;

    public FactRun(ChunkedList<Fact> facts)
    {
        _facts = facts;
        Count = facts.Count;
    }

    /// <summary>The facts of a memory, in slot order.</summary>
    public FactRun(in SlotList<Fact> memory)
    {
        _slots = memory.Items;
        _inMemory = true;
        _end = memory.End;
        Count = memory.Count;
    }

    public FactRun(ChunkedList<Fact> batch, ChunkedList<SlotOrder> pairs, int start, int count)
    {
        _facts = batch;
        _pairs = pairs;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Gets the list behind the run, when it is a whole list (for giving a rented one back).</summary>
    public ChunkedList<Fact>? WholeList => _pairs is null ? _facts : null;

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator(FactRun run)
    {
        private int _index = -1;

        public readonly Fact Current => run._inMemory ? run._slots[_index]!
            : run._pairs is { } pairs ? run._facts![pairs[run._start + _index].Order]
            : run._facts![_index];

        public bool MoveNext()
        {
            if (run._inMemory)
            {
                while (++_index < run._end)
                {
                    if (run._slots[_index] is not null)
                    {
                        return true;
                    }
                }

                return false;
            }

            return ++_index < run.Count;
        }
    }
}

/// <summary>
/// The (left tuple, right facts) sets a binary node works through for one batch, made one at a time as they are
/// enumerated: for a batch of left tuples, each tuple's facts (in batch order); for a batch of right facts, each left
/// tuple that may match, in left memory order. Nothing is materialised per tuple; <see cref="Release"/> gives the
/// scratch lists back.
/// </summary>
internal struct JoinedBatch
{
    private readonly Pool? _pool;
    private readonly BinaryBetaNode? _node;
    private readonly Session? _session;
    private readonly ChunkedList<Tuple>? _tuples;
    private readonly bool _useKey;
    private readonly BetaMemory? _leftMemory;
    private readonly ChunkedList<Fact>? _facts;
    private ChunkedList<SlotOrder>? _pairs;

    /// <summary>A batch of left tuples, each with the facts <paramref name="node"/> finds for it.</summary>
    public JoinedBatch(BinaryBetaNode node, Session session, ChunkedList<Tuple> tuples, bool useKey)
    {
        _node = node;
        _session = session;
        _pool = session.Pool;
        _tuples = tuples;
        _useKey = useKey;
    }

    /// <summary>A batch of right facts paired with every left tuple (in memory order, read in place).</summary>
    public JoinedBatch(Pool pool, BetaMemory left, ChunkedList<Fact> facts)
    {
        _pool = pool;
        _leftMemory = left;
        _facts = facts;
    }

    /// <summary>A batch of right facts filed under left tuples by sorted (slot, position) pairs.</summary>
    public JoinedBatch(Pool pool, BetaMemory left, ChunkedList<Fact> facts, ChunkedList<SlotOrder> pairs)
    {
        _pool = pool;
        _leftMemory = left;
        _facts = facts;
        _pairs = pairs;
    }

    public readonly Enumerator GetEnumerator() => new(this);

    /// <summary>Gives the scratch pair list back (the sets must not be used after).</summary>
    public void Release()
    {
        if (_pairs is not null)
        {
            _pool!.Return(_pairs);
            _pairs = null;
        }
    }

    public struct Enumerator(JoinedBatch batch)
    {
        private int _index = -1;
        private int _next;
        private TupleFactSet _current;

        public readonly TupleFactSet Current => _current;

        public bool MoveNext()
        {
            if (_current.Rented && _current.Facts.WholeList is { } rented)
            {
                batch._pool!.Return(rented);
            }

            _current = default;
            if (batch._tuples is { } tuples)
            {
                if (++_index >= tuples.Count)
                {
                    return false;
                }

                _current = batch._node!.JoinedSet(batch._session!, tuples[_index], batch._useKey);
                return true;
            }

            if (batch._pairs is { } pairs)
            {
                if (_next >= pairs.Count)
                {
                    return false;
                }

                int start = _next;
                int slot = pairs[start].Slot;
                while (_next < pairs.Count && pairs[_next].Slot == slot)
                {
                    _next++;
                }

                _current = new TupleFactSet(batch._leftMemory!.Tuples[slot]!, new FactRun(batch._facts!, pairs, start, _next - start));
                return true;
            }

            if (batch._leftMemory is { } left)
            {
                while (++_index < left.Tuples.End)
                {
                    if (left.Tuples[_index] is { } tuple)
                    {
                        _current = new TupleFactSet(tuple, new FactRun(batch._facts!));
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
