namespace OshRules.Engine.Rete;

/// <summary>
/// Scratch lists reused by one session's propagation: every node hands a batch to the next and takes it back when the
/// call returns, so one worker's session need not allocate a list per node per fact. A list is cleared when it is
/// returned and kept however large it grew while the session lasts: a session of tens of thousands of facts passes
/// batches that large from node to node, and a list that had to grow again at every node would allocate a large array
/// (and its smaller predecessors) each time. <see cref="Trim"/> drops the large ones before the memories are reused.
/// A list not returned (an exception unwound past it) is simply left to the collector.
/// </summary>
/// <remarks>
/// The pool belongs to the session's memories (<see cref="SessionMemory"/>), so it is reused with them by the factory's
/// next session. It is not per thread: a thread-static field costs a call into the runtime on every access on Linux,
/// and a session is used by one thread at a time anyway.
/// </remarks>
internal sealed class Pool
{
    private const int KeepUpTo = 1024;

    // An aggregation holds one list per run of the same action: a few, unless one operation alternated a great deal.
    private const int KeepRunsUpTo = 64;

    private readonly Stack<ChunkedList<Tuple>> _tuples = new();
    private readonly Stack<ChunkedList<Fact>> _facts = new();
    private readonly Stack<TupleFactList> _pairs = new();
    private readonly Stack<ChunkedList<SlotOrder>> _pairList = new();
    private readonly Stack<Aggregation> _aggregations = new();
    private ChunkedList<Fact>?[]? _byNode;
    private bool _keptLarge;

    public ChunkedList<Tuple> Tuples() => _tuples.Count > 0 ? _tuples.Pop() : [];

    public ChunkedList<Fact> Facts() => _facts.Count > 0 ? _facts.Pop() : [];

    public TupleFactList Pairs() => _pairs.Count > 0 ? _pairs.Pop() : new TupleFactList();

    public ChunkedList<SlotOrder> PairList() => _pairList.Count > 0 ? _pairList.Pop() : [];

    /// <summary>Rents an aggregate node's record of one operation (aggregates below it rent their own meanwhile).</summary>
    public Aggregation Aggregation() => _aggregations.Count > 0 ? _aggregations.Pop() : new Aggregation(this);

    /// <summary>Rents an array of at least <paramref name="length"/> empty slots, for grouping a batch by node.</summary>
    public ChunkedList<Fact>?[] ByNode(int length)
    {
        ChunkedList<Fact>?[] array = _byNode is { } spare && spare.Length >= length ? spare : new ChunkedList<Fact>?[length];
        _byNode = null;
        return array;
    }

    /// <summary>Gives back an array from <see cref="ByNode"/>, every slot emptied again.</summary>
    public void Return(ChunkedList<Fact>?[] byNode) => _byNode = byNode;

    public void Return(ChunkedList<Tuple> list)
    {
        list.Clear();
        _keptLarge |= list.Capacity > KeepUpTo;
        _tuples.Push(list);
    }

    public void Return(ChunkedList<Fact> list)
    {
        list.Clear();
        _keptLarge |= list.Capacity > KeepUpTo;
        _facts.Push(list);
    }

    public void Return(TupleFactList list)
    {
        list.Clear();
        _keptLarge |= list.Capacity > KeepUpTo;
        _pairs.Push(list);
    }

    public void Return(ChunkedList<SlotOrder> list)
    {
        list.Clear();
        _keptLarge |= list.Capacity > KeepUpTo;
        _pairList.Push(list);
    }

    /// <summary>Drops the lists that grew past what a session of one worker needs, before the memories serve another session.</summary>
    public void Trim()
    {
        if (!_keptLarge)
        {
            return;
        }

        _keptLarge = false;
        Keep(_tuples, l => l.Capacity <= KeepUpTo);
        Keep(_facts, l => l.Capacity <= KeepUpTo);
        Keep(_pairs, l => l.Capacity <= KeepUpTo);
        Keep(_pairList, l => l.Capacity <= KeepUpTo);
    }

    /// <summary>Gives an aggregation back once its lists were propagated (and returned to the pool).</summary>
    public void Return(Aggregation aggregation)
    {
        aggregation.Lists.Clear();
        if (aggregation.Lists.Capacity <= KeepRunsUpTo)
        {
            _aggregations.Push(aggregation);
        }
    }

    /// <summary>Gives back what a batch of joined sets rented.</summary>
    public void Return(JoinedBatch batch) => batch.Release();

    private static void Keep<T>(Stack<T> stack, Func<T, bool> small)
    {
        bool all = true;
        foreach (T item in stack)
        {
            all &= small(item);
        }

        if (all)
        {
            return;
        }

        T[] kept = [.. stack.Where(small).Reverse()];
        stack.Clear();
        foreach (T item in kept)
        {
            stack.Push(item);
        }
    }
}
