namespace OshRules.Engine.Rete;

/// <summary>The facts an alpha memory node holds in one session, in NRules' enumeration order, with their indexes.</summary>
internal sealed class AlphaMemory
{
    private readonly Dictionary<Fact, int> _slots = new(ReferenceEqualityComparer.Instance);

    public AlphaMemory(IReadOnlyList<Func<Fact, object?>> keys)
    {
        Indexes = new KeyIndex<Fact>[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            Indexes[i] = new KeyIndex<Fact>(keys[i]);
        }
    }

    public SlotList<Fact> Facts { get; } = new();

    public KeyIndex<Fact>[] Indexes { get; }

    public bool Contains(Fact fact) => _slots.ContainsKey(fact);

    public int SlotOf(Fact fact) => _slots[fact];

    public void Add(List<Fact> facts)
    {
        foreach (Fact fact in facts)
        {
            int slot = Facts.Add(fact);
            _slots.Add(fact, slot);
            foreach (KeyIndex<Fact> index in Indexes)
            {
                index.Add(fact, slot);
            }
        }
    }

    public void Remove(List<Fact> facts)
    {
        foreach (Fact fact in facts)
        {
            if (_slots.Remove(fact, out int slot))
            {
                foreach (KeyIndex<Fact> index in Indexes)
                {
                    index.Remove(slot);
                }

                Facts.RemoveAt(slot);
            }
        }
    }

    public void Rekey(List<Fact> facts)
    {
        if (Indexes.Length == 0)
        {
            return;
        }

        foreach (Fact fact in facts)
        {
            if (_slots.TryGetValue(fact, out int slot))
            {
                foreach (KeyIndex<Fact> index in Indexes)
                {
                    index.Rekey(fact, slot);
                }
            }
        }
    }
}

/// <summary>The tuples a beta memory node holds in one session, in NRules' enumeration order, with their indexes.</summary>
internal sealed class BetaMemory
{
    private readonly Dictionary<Tuple, int> _slots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Tuple Left, Fact? Right), Tuple> _children = [];

    public BetaMemory(IReadOnlyList<Func<Tuple, object?>> keys)
    {
        Indexes = new KeyIndex<Tuple>[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            Indexes[i] = new KeyIndex<Tuple>(keys[i]);
        }
    }

    public SlotList<Tuple> Tuples { get; } = new();

    public KeyIndex<Tuple>[] Indexes { get; }

    public int SlotOf(Tuple tuple) => _slots[tuple];

    public bool TryGetSlot(Tuple tuple, out int slot) => _slots.TryGetValue(tuple, out slot);

    public Tuple? FindChild(Tuple left, Fact? right) => _children.GetValueOrDefault((left, right));

    public bool ContainsChild(Tuple left, Fact? right) => _children.ContainsKey((left, right));

    public void Add(List<Tuple> tuples)
    {
        foreach (Tuple tuple in tuples)
        {
            int slot = Tuples.Add(tuple);
            _slots.Add(tuple, slot);
            if (tuple.LeftTuple is { } left)
            {
                _children[(left, tuple.RightFact)] = tuple;
            }

            foreach (KeyIndex<Tuple> index in Indexes)
            {
                index.Add(tuple, slot);
            }
        }
    }

    public void Remove(List<Tuple> tuples)
    {
        foreach (Tuple tuple in tuples)
        {
            if (_slots.Remove(tuple, out int slot))
            {
                foreach (KeyIndex<Tuple> index in Indexes)
                {
                    index.Remove(slot);
                }

                Tuples.RemoveAt(slot);
            }

            if (tuple.LeftTuple is { } left)
            {
                _children.Remove((left, tuple.RightFact));
            }
        }
    }

    public void Rekey(List<Tuple> tuples)
    {
        if (Indexes.Length == 0)
        {
            return;
        }

        foreach (Tuple tuple in tuples)
        {
            if (_slots.TryGetValue(tuple, out int slot))
            {
                foreach (KeyIndex<Tuple> index in Indexes)
                {
                    index.Rekey(tuple, slot);
                }
            }
        }
    }
}
