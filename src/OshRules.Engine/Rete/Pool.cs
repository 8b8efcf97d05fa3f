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
    private static Stack<List<TupleFactSet>>? t_sets;

    public static List<Tuple> Tuples() => t_tuples is { Count: > 0 } s ? s.Pop() : [];

    public static List<Fact> Facts() => t_facts is { Count: > 0 } s ? s.Pop() : [];

    public static TupleFactList Pairs() => t_pairs is { Count: > 0 } s ? s.Pop() : new TupleFactList();

    public static List<TupleFactSet> Sets() => t_sets is { Count: > 0 } s ? s.Pop() : [];

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

    /// <summary>Returns a list of sets and every fact list in it that was rented for it.</summary>
    public static void Return(List<TupleFactSet> sets)
    {
        foreach (TupleFactSet set in sets)
        {
            if (set.Rented)
            {
                Return(set.Facts);
            }
        }

        if (sets.Capacity <= KeepUpTo)
        {
            sets.Clear();
            (t_sets ??= new()).Push(sets);
        }
    }
}
