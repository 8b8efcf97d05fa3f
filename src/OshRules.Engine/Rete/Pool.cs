namespace OshRules.Engine.Rete;

/// <summary>
/// Scratch lists reused by propagation on the same thread: every node hands a batch to the next and takes it back when
/// the call returns, so one worker's session need not allocate a list per node per fact. A list is cleared when it is
/// returned; one that grew large is dropped rather than kept. A list not returned (an exception unwound past it) is
/// simply left to the collector.
/// </summary>
internal static class Pool
{
    private const int KeepUpTo = 1024;

    [ThreadStatic]
    private static Stack<List<Tuple>>? t_tuples;

    [ThreadStatic]
    private static Stack<List<Fact>>? t_facts;

    [ThreadStatic]
    private static Stack<TupleFactList>? t_pairs;

    [ThreadStatic]
    private static Stack<List<(int Slot, int Order)>>? t_pairList;

    public static List<Tuple> Tuples() => t_tuples is { Count: > 0 } s ? s.Pop() : [];

    public static List<Fact> Facts() => t_facts is { Count: > 0 } s ? s.Pop() : [];

    public static TupleFactList Pairs() => t_pairs is { Count: > 0 } s ? s.Pop() : new TupleFactList();

    public static List<(int Slot, int Order)> PairList() => t_pairList is { Count: > 0 } s ? s.Pop() : [];

    public static void Return(List<Tuple> list)
    {
        if (list.Capacity <= KeepUpTo)
        {
            list.Clear();
            (t_tuples ??= new()).Push(list);
        }
    }

    public static void Return(List<Fact> list)
    {
        if (list.Capacity <= KeepUpTo)
        {
            list.Clear();
            (t_facts ??= new()).Push(list);
        }
    }

    public static void Return(TupleFactList list)
    {
        if (list.Count <= KeepUpTo)
        {
            list.Clear();
            (t_pairs ??= new()).Push(list);
        }
    }

    public static void Return(List<(int Slot, int Order)> list)
    {
        if (list.Capacity <= KeepUpTo * 64)
        {
            list.Clear();
            (t_pairList ??= new()).Push(list);
        }
    }

    /// <summary>Gives back what a batch of joined sets rented.</summary>
    public static void Return(JoinedBatch batch) => batch.Release();
}
