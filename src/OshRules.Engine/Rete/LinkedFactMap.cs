namespace OshRules.Engine.Rete;

/// <summary>
/// The facts one activation links, by key: the few entries of a rule's <c>Yield</c>s, kept on the activation. Keys come
/// back in the order NRules' runtime gives them (its dictionary's order: a removed key's place is taken by the next key
/// added, the most recently freed first).
/// </summary>
internal struct LinkedFactMap
{
    // Slot 0 lives in the first two fields (most activations link one fact: a single Yield); later slots in arrays.
    private object? _key0;
    private Fact? _fact0;
    private object?[]? _keys;
    private Fact?[]? _facts;
    private int[]? _nextFree;
    private int _end;
    private int _freeHead; // the free slot + 1; 0: none

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
        if (_freeHead > 0)
        {
            slot = _freeHead - 1;
            _freeHead = _nextFree![slot];
        }
        else
        {
            int length = _keys?.Length ?? 0;
            if (_end > 0 && _end - 1 == length)
            {
                Array.Resize(ref _keys, Math.Max(1, length * 2));
                Array.Resize(ref _facts, Math.Max(1, length * 2));
            }

            slot = _end++;
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
        if (_nextFree is null || _nextFree.Length < _end)
        {
            Array.Resize(ref _nextFree, Math.Max(_end, 2));
        }

        _nextFree[at] = _freeHead;
        _freeHead = at + 1;
        Count--;
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

    private readonly object? KeyAt(int slot) => slot == 0 ? _key0 : _keys![slot - 1];

    private readonly Fact? FactAt(int slot) => slot == 0 ? _fact0 : _facts![slot - 1];

    private void Set(int slot, object? key, Fact? fact)
    {
        if (slot == 0)
        {
            _key0 = key;
            _fact0 = fact;
        }
        else
        {
            _keys![slot - 1] = key;
            _facts![slot - 1] = fact;
        }
    }
}
