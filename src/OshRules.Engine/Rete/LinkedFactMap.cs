namespace OshRules.Engine.Rete;

/// <summary>
/// The facts one activation links, by key: the few entries of a rule's <c>Yield</c>s, kept on the activation. Keys come
/// back in the order NRules' runtime gives them (its dictionary's order: a removed key's place is taken by the next key
/// added, the most recently freed first).
/// </summary>
internal struct LinkedFactMap
{
    // Slot 0 lives in the first two fields (most activations link one fact: a single Yield); later slots and the free
    // list in one object made only when a second key comes, so an activation carries three words for its links.
    private object? _key0;
    private Fact? _fact0;
    private Overflow? _more;
    private int _end;

    public int Count { readonly get; private set; }

    public readonly IReadOnlyCollection<object> Keys
    {
        get
        {
            var keys = new List<object>(Count);
            for (int i = 0; i < _end; i++)
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

        int slot;
        if (_more is { FreeHead: > 0 } more)
        {
            slot = more.FreeHead - 1;
            more.FreeHead = more.NextFree![slot];
        }
        else
        {
            slot = _end++;
            if (slot > 0)
            {
                (_more ??= new Overflow()).Reserve(slot);
            }
        }

        Set(slot, key, fact);
        Count++;
    }

    public bool Remove(object key)
    {
        int at = IndexOf(key);
        if (at < 0)
        {
            return false;
        }

        Set(at, null, null);
        Count--;
        if (at == _end - 1 && _more is not { FreeHead: > 0 })
        {
            // The last place with no other free place: a dictionary would hand this place out next, as the end does.
            _end--;
            return true;
        }

        (_more ??= new Overflow()).Free(at, _end);
        return true;
    }

    private readonly int IndexOf(object key)
    {
        for (int i = 0; i < _end; i++)
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

    /// <summary>The places after the first, and the free list (a free place's next free place + 1; 0: none).</summary>
    private sealed class Overflow
    {
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
