namespace OshRules.Engine.Rete;

/// <summary>
/// The facts one activation links, by key: the few entries of a rule's <c>Yield</c>s, kept on the activation. Keys come
/// back in the order NRules' runtime gives them (its dictionary's order: a removed key's place is taken by the next key
/// added, the most recently freed first).
/// </summary>
internal struct LinkedFactMap
{
    // Slot 0 lives in the first two fields (most activations link one fact: a single Yield); later slots, the free
    // list and the counts in one object made only when a second key comes, so an activation carries three words for its
    // links. Without that object the map holds slot 0 or nothing.
    private object? _key0;
    private Fact? _fact0;
    private Overflow? _more;

    public readonly int Count => _more?.Count ?? (_key0 is null ? 0 : 1);

    // One past the last place used.
    private readonly int End => _more?.End ?? (_key0 is null ? 0 : 1);

    public readonly IReadOnlyCollection<object> Keys
    {
        get
        {
            var keys = new List<object>(Count);
            for (int i = 0; i < End; i++)
            {
                if (KeyAt(i) is { } key)
                {
                    keys.Add(key);
                }
            }

            return keys;
        }
    }

    public readonly Fact? Get(object key)
    {
        int at = IndexOf(key);
        return at < 0 ? null : FactAt(at);
    }

    /// <summary>Adds a key; throws <see cref="ArgumentException"/> when it is already there, as a dictionary does.</summary>
    public void Add(object key, Fact fact)
    {
        if (IndexOf(key) >= 0)
        {
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
        }

        if (_more is null)
        {
            if (_key0 is null)
            {
                Set(0, key, fact);
                return;
            }

            _more = new Overflow { End = 1, Count = 1 };
        }

        Overflow more = _more;
        int slot;
        if (more.FreeHead > 0)
        {
            slot = more.FreeHead - 1;
            more.FreeHead = more.NextFree![slot];
        }
        else
        {
            slot = more.End++;
            if (slot > 0)
            {
                more.Reserve(slot);
            }
        }

        Set(slot, key, fact);
        more.Count++;
    }

    public bool Remove(object key)
    {
        int at = IndexOf(key);
        if (at < 0)
        {
            return false;
        }

        Set(at, null, null);
        if (_more is not { } more)
        {
            // Slot 0 was the only place: the map is empty again.
            return true;
        }

        more.Count--;
        if (at == more.End - 1 && more.FreeHead == 0)
        {
            // The last place with no other free place: a dictionary would hand this place out next, as the end does.
            more.End--;
            return true;
        }

        more.Free(at, more.End);
        return true;
    }

    private readonly int IndexOf(object key)
    {
        for (int i = 0; i < End; i++)
        {
            if (KeyAt(i) is { } k && k.Equals(key))
            {
                return i;
            }
        }

        return -1;
    }

    private readonly object? KeyAt(int slot) => slot == 0 ? _key0 : _more!.Keys[slot - 1];

    private readonly Fact? FactAt(int slot) => slot == 0 ? _fact0 : _more!.Facts[slot - 1];

    private void Set(int slot, object? key, Fact? fact)
    {
        if (slot == 0)
        {
            _key0 = key;
            _fact0 = fact;
        }
        else
        {
            _more!.Keys[slot - 1] = key;
            _more.Facts[slot - 1] = fact;
        }
    }

    /// <summary>
    /// The places after the first, the free list (a free place's next free place + 1; 0: none), the number of keys and
    /// one past the last place used.
    /// </summary>
    private sealed class Overflow
    {
        public int Count;
        public int End;

        public object?[] Keys = [];
        public Fact?[] Facts = [];
        public int[]? NextFree;
        public int FreeHead;

        /// <summary>Makes room for a place (places from 1 live in the arrays).</summary>
        public void Reserve(int slot)
        {
            if (slot - 1 >= Keys.Length)
            {
                Array.Resize(ref Keys, Math.Max(1, Keys.Length * 2));
                Array.Resize(ref Facts, Keys.Length);
            }
        }

        /// <summary>Puts a place at the head of the free list.</summary>
        public void Free(int slot, int end)
        {
            if (NextFree is null || NextFree.Length < end)
            {
                Array.Resize(ref NextFree, Math.Max(end, 2));
            }

            NextFree[slot] = FreeHead;
            FreeHead = slot + 1;
        }
    }
}
