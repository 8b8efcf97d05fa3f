namespace OshRules.Engine.Rete;

/// <summary>Pairs of a tuple and a fact (or no fact) a beta node passes to its memory, in order.</summary>
internal sealed class TupleFactList
{
    private readonly ChunkedList<Tuple> _tuples = [];
    private readonly ChunkedList<Fact?> _facts = [];

    public int Count => _tuples.Count;

    /// <summary>Gets the number of pairs the list holds before it grows.</summary>
    public int Capacity => _tuples.Capacity;

    public Tuple TupleAt(int i) => _tuples[i];

    public Fact? FactAt(int i) => _facts[i];

    public void Add(Tuple tuple, Fact? fact = null)
    {
        _tuples.Add(tuple);
        _facts.Add(fact);
    }

    public void Clear()
    {
        _tuples.Clear();
        _facts.Clear();
    }
}

/// <summary>
/// A left tuple and the right facts a binary node considers for it. <see cref="Rented"/>: the list was taken from the
/// <see cref="Pool"/> for this set (else it belongs to a memory or to the caller's batch).
/// </summary>
internal readonly record struct TupleFactSet(Tuple Tuple, FactRun Facts, bool Rented = false);
