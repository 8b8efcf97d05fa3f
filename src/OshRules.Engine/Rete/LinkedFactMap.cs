namespace OshRules.Engine.Rete;

/// <summary>
/// The facts one activation links, by key: the few entries of a rule's <c>Yield</c>s, kept on the activation. Keys come
/// back in the order NRules' runtime gives them (its dictionary's order: a removed key's place is taken by the next key
/// added, the most recently freed first).
/// </summary>
internal sealed class LinkedFactMap
{
    private object?[] _keys = new object?[1];
    private Fact?[] _facts = new Fact?[1];
    private int[]? _nextFree;
    private int _end;
    private int _freeHead = -1;

    public int Count { get; private set; }

    public IReadOnlyCollection<object> Keys
    {
        get
        {
            var keys = new List<object>(Count);
            for (int i = 0; i < _end; i++)
            {
                if (_keys[i] is { } key)
                {
                    keys.Add(key);
                }
            }

            return keys;
        }
    }

    public Fact? Get(object key)
    {
        int at = IndexOf(key);
        return at < 0 ? null : _facts[at];
    }

    /// <summary>Adds a key; throws <see cref="ArgumentException"/> when it is already there, as a dictionary does.</summary>
    public void Add(object key, Fact fact)
    {
        if (IndexOf(key) >= 0)
        {
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
        }

        int slot;
        if (_freeHead >= 0)
        {
            slot = _freeHead;
            _freeHead = _nextFree![slot];
        }
        else
        {
            if (_end == _keys.Length)
            {
                Array.Resize(ref _keys, _end * 2);
                Array.Resize(ref _facts, _end * 2);
            }

            slot = _end++;
        }

        _keys[slot] = key;
        _facts[slot] = fact;
        Count++;
    }

    public bool Remove(object key)
    {
        int at = IndexOf(key);
        if (at < 0)
        {
            return false;
        }

        _keys[at] = null;
        _facts[at] = null;
        if (_nextFree is null || _nextFree.Length < _keys.Length)
        {
            Array.Resize(ref _nextFree, _keys.Length);
        }

        _nextFree[at] = _freeHead;
        _freeHead = at;
        Count--;
        return true;
    }

    private int IndexOf(object key)
    {
        for (int i = 0; i < _end; i++)
        {
            if (_keys[i] is { } k && k.Equals(key))
            {
                return i;
            }
        }

        return -1;
    }
}
