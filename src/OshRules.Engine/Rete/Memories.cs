namespace OshRules.Engine.Rete;

/// <summary>
/// The facts an alpha memory node holds in one session, in NRules' enumeration order. Small memories (the common case
/// of a session per worker) keep nothing but the list; a memory that grows past <see cref="IndexFrom"/> facts also keeps
/// a map from fact to slot and the hash indexes its joins asked for.
/// </summary>
internal sealed class AlphaMemory(IReadOnlyList<IndexDefinition<Fact>> keys) : NodeMemory
{
    /// <summary>Below this many facts, lookups scan the list; from it on, they go through maps.</summary>
    public const int IndexFrom = 16;

    /// <summary>What a node reads before its memory has a fact: shared, never written (see <see cref="Remove"/>).</summary>
    public static readonly AlphaMemory Empty = new([]);

    private ChunkedMap<Fact, int>? _slots;
    private KeyIndex<Fact>?[]? _indexes;

#pragma warning disable SA1401, CA1051 // A mutable struct: a field, so callers change the memory's list and not a copy.
    public SlotList<Fact> Facts = new();
#pragma warning restore SA1401, CA1051

    public int Count => Facts.Count;

    /// <summary>
    /// Gets a hash index by number, or null while the memory is small. An index is made on its first lookup, then
    /// kept up to date: one no join ever looks up (e.g. the right side of a join whose left side stays small) costs nothing.
    /// </summary>
    public KeyIndex<Fact>? Index(int number)
    {
        if (Facts.Count < IndexFrom && _indexes is null)
        {
            return null;
        }

        _indexes ??= new KeyIndex<Fact>?[keys.Count];
        if (_indexes[number] is null)
        {
            KeyIndex<Fact> index = keys[number].NewIndex();
            for (int i = 0; i < Facts.End; i++)
            {
                if (Facts[i] is { } fact)
                {
                    index.Add(fact, i);
                }
            }

            _indexes[number] = index;
        }

        return _indexes[number];
    }

    /// <inheritdoc/>
    public override bool TryClear()
    {
        Written = false;
        _slots = null;
        _indexes = null;
        return Facts.TryClear();
    }

    public bool Contains(Fact fact) => SlotOf(fact) >= 0;

    public int SlotOf(Fact fact)
    {
        if (_slots is null && Facts.Count >= IndexFrom)
        {
            // Made on the first lookup: a memory only ever added to (the common large case) never needs it.
            _slots = new(Facts.Count);
            for (int i = 0; i < Facts.End; i++)
            {
                if (Facts[i] is { } f)
                {
                    _slots.Add(f, i);
                }
            }
        }

        if (_slots is not null)
        {
            return _slots.TryGetValue(fact, out int slot) ? slot : -1;
        }

        for (int i = 0; i < Facts.End; i++)
        {
            if (ReferenceEquals(Facts[i], fact))
            {
                return i;
            }
        }

        return -1;
    }

    public void Add(ChunkedList<Fact> facts)
    {
        Facts.Reserve(facts.Count);
        foreach (Fact fact in facts)
        {
            int slot = Facts.Add(fact);
            _slots?.Add(fact, slot);
            if (_indexes is not null)
            {
                foreach (KeyIndex<Fact>? index in _indexes)
                {
                    index?.Add(fact, slot);
                }
            }
        }
    }

    public void Remove(ChunkedList<Fact> facts)
    {
        if (Count == 0)
        {
            return;
        }

        foreach (Fact fact in facts)
        {
            int slot = SlotOf(fact);
            if (slot < 0)
            {
                continue;
            }

            _slots?.Remove(fact);
            if (_indexes is not null)
            {
                foreach (KeyIndex<Fact>? index in _indexes)
                {
                    index?.Remove(slot);
                }
            }

            Facts.RemoveAt(slot);
        }
    }

    public void Rekey(ChunkedList<Fact> facts)
    {
        if (_indexes is null)
        {
            return;
        }

        foreach (Fact fact in facts)
        {
            int slot = SlotOf(fact);
            if (slot >= 0)
            {
                foreach (KeyIndex<Fact>? index in _indexes)
                {
                    index?.Rekey(fact, slot);
                }
            }
        }
    }
}

/// <summary>
/// The tuples a beta memory node holds in one session, in NRules' enumeration order (each tuple knows its slot). As
/// with <see cref="AlphaMemory"/>, a small memory keeps only the list; a large one also maps each (parent, fact) to
/// its tuple and keeps the hash indexes its sinks asked for.
/// </summary>
internal sealed class BetaMemory(IReadOnlyList<IndexDefinition<Tuple>> keys) : NodeMemory
{
    /// <summary>What a node reads before its memory has a tuple: shared, never written (see <see cref="Remove"/>).</summary>
    public static readonly BetaMemory Empty = new([]);

    private ChunkedMap<(Tuple Left, Fact? Right), Tuple>? _children;
    private KeyIndex<Tuple>?[]? _indexes;

#pragma warning disable SA1401, CA1051 // A mutable struct: a field, so callers change the memory's list and not a copy.
    public SlotList<Tuple> Tuples = new();
#pragma warning restore SA1401, CA1051

    public int Count => Tuples.Count;

    /// <summary>Gets a hash index by number, or null while the memory is small (made on its first lookup, as in <see cref="AlphaMemory"/>).</summary>
    public KeyIndex<Tuple>? Index(int number)
    {
        if (Tuples.Count < AlphaMemory.IndexFrom && _indexes is null)
        {
            return null;
        }

        _indexes ??= new KeyIndex<Tuple>?[keys.Count];
        if (_indexes[number] is null)
        {
            KeyIndex<Tuple> index = keys[number].NewIndex();
            for (int i = 0; i < Tuples.End; i++)
            {
                if (Tuples[i] is { } tuple)
                {
                    index.Add(tuple, i);
                }
            }

            _indexes[number] = index;
        }

        return _indexes[number];
    }

    /// <inheritdoc/>
    public override bool TryClear()
    {
        Written = false;
        _children = null;
        _indexes = null;
        WrapperSnapshot = null;
        return Tuples.TryClear();
    }

    /// <summary>Gets or sets the facts the memory's adapter made of its tuples, in order (dropped when the memory changes).</summary>
    public ChunkedList<Fact>? WrapperSnapshot { get; set; }

    public Tuple? FindChild(Tuple left, Fact? right)
    {
        if (_children is null && Tuples.Count >= AlphaMemory.IndexFrom)
        {
            // Made on the first lookup: a memory only ever added to (the common large case) never needs it.
            _children = new(Tuples.Count);
            for (int i = 0; i < Tuples.End; i++)
            {
                if (Tuples[i] is { LeftTuple: { } parent } tuple)
                {
                    _children.Set((parent, tuple.RightFact), tuple);
                }
            }
        }

        if (_children is not null)
        {
            return _children.GetValueOrDefault((left, right));
        }

        for (int i = 0; i < Tuples.End; i++)
        {
            if (Tuples[i] is { } tuple && ReferenceEquals(tuple.LeftTuple, left) && ReferenceEquals(tuple.RightFact, right))
            {
                return tuple;
            }
        }

        return null;
    }

    public bool ContainsChild(Tuple left, Fact? right) => FindChild(left, right) is not null;

    /// <summary>Gets a value indicating whether <paramref name="tuple"/> is in this memory (a tuple knows its slot).</summary>
    public bool Holds(Tuple tuple) => tuple.Slot >= 0 && tuple.Slot < Tuples.End && ReferenceEquals(Tuples[tuple.Slot], tuple);

    public void Add(ChunkedList<Tuple> tuples)
    {
        WrapperSnapshot = null;
        Tuples.Reserve(tuples.Count);
        foreach (Tuple tuple in tuples)
        {
            int slot = Tuples.Add(tuple);
            tuple.Slot = slot;
            if (_children is not null && tuple.LeftTuple is { } left)
            {
                _children.Set((left, tuple.RightFact), tuple);
            }

            if (_indexes is not null)
            {
                foreach (KeyIndex<Tuple>? index in _indexes)
                {
                    index?.Add(tuple, slot);
                }
            }
        }
    }

    public void Remove(ChunkedList<Tuple> tuples)
    {
        if (Count == 0)
        {
            return;
        }

        WrapperSnapshot = null;
        foreach (Tuple tuple in tuples)
        {
            if (!Holds(tuple))
            {
                continue;
            }

            int slot = tuple.Slot;

            if (_indexes is not null)
            {
                foreach (KeyIndex<Tuple>? index in _indexes)
                {
                    index?.Remove(slot);
                }
            }

            Tuples.RemoveAt(slot);
            tuple.Slot = -1;
            if (_children is not null && tuple.LeftTuple is { } left)
            {
                _children.Remove((left, tuple.RightFact));
            }
        }
    }

    public void Rekey(ChunkedList<Tuple> tuples)
    {
        if (_indexes is null)
        {
            return;
        }

        foreach (Tuple tuple in tuples)
        {
            if (tuple.Slot >= 0)
            {
                foreach (KeyIndex<Tuple>? index in _indexes)
                {
                    index?.Rekey(tuple, tuple.Slot);
                }
            }
        }
    }
}

/// <summary>What the memories of alpha and beta memory nodes share: being emptied for a session that reuses them.</summary>
internal abstract class NodeMemory
{
    /// <summary>Gets or sets a value indicating whether the session has written to the memory (it is then on the session's list to empty).</summary>
    public bool Written { get; set; }

    /// <summary>Empties the memory for a new session (lists handed out stay as they were); false when it is too large to keep.</summary>
    /// <returns>True when the memory is empty and may be reused.</returns>
    public abstract bool TryClear();
}
