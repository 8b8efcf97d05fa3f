namespace OshRules.Engine.Rete;

/// <summary>
/// The right facts one left tuple is paired with: a list (a memory's facts, a bucket, a group, or the caller's batch),
/// or the run of a sorted list of (left slot, batch position) pairs that belongs to one left tuple.
/// </summary>
internal readonly struct FactRun
{
    private readonly List<Fact> _facts;
    private readonly List<(int Slot, int Order)>? _pairs;
    private readonly int _start;

    public FactRun(List<Fact> facts)
    {
        _facts = facts;
        Count = facts.Count;
    }

    public FactRun(List<Fact> batch, List<(int Slot, int Order)> pairs, int start, int count)
    {
        _facts = batch;
        _pairs = pairs;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Fact this[int index] => _pairs is null ? _facts[index] : _facts[_pairs[_start + index].Order];

    /// <summary>Gets the list behind the run, when it is a whole list (for giving a rented one back).</summary>
    public List<Fact>? WholeList => _pairs is null ? _facts : null;

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator(FactRun run)
    {
        private int _index = -1;

        public readonly Fact Current => run[_index];

        public bool MoveNext() => ++_index < run.Count;
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
    private readonly BinaryBetaNode? _node;
    private readonly Session? _session;
    private readonly List<Tuple>? _tuples;
    private readonly bool _useKey;
    private readonly List<Tuple>? _left;
    private readonly BetaMemory? _leftMemory;
    private readonly List<Fact>? _facts;
    private List<(int Slot, int Order)>? _pairs;

    /// <summary>A batch of left tuples, each with the facts <paramref name="node"/> finds for it.</summary>
    public JoinedBatch(BinaryBetaNode node, Session session, List<Tuple> tuples, bool useKey)
    {
        _node = node;
        _session = session;
        _tuples = tuples;
        _useKey = useKey;
    }

    /// <summary>A batch of right facts paired with every left tuple (in memory order).</summary>
    public JoinedBatch(List<Tuple> left, List<Fact> facts)
    {
        _left = left;
        _facts = facts;
    }

    /// <summary>A batch of right facts filed under left tuples by sorted (slot, position) pairs.</summary>
    public JoinedBatch(BetaMemory left, List<Fact> facts, List<(int Slot, int Order)> pairs)
    {
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
            Pool.Return(_pairs);
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
                Pool.Return(rented);
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

            if (batch._left is { } left)
            {
                if (++_index >= left.Count)
                {
                    return false;
                }

                _current = new TupleFactSet(left[_index], new FactRun(batch._facts!));
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

            return false;
        }
    }
}
