namespace OshRules.Engine.Rete;

/// <summary>
/// The facts one activation links, by key: the few entries of a rule's <c>Yield</c>s, kept on the activation. Keys come
/// back in the order NRules' runtime gives them (its dictionary's order: a removed key's place is taken by the next key
/// added, the most recently freed first).
/// </summary>
internal sealed class LinkedFactMap
{
    private readonly List<object?> _keys = [];
    private readonly List<Fact?> _facts = [];
    private readonly Stack<int> _free = new();

    public int Count { get; private set; }

    public IReadOnlyCollection<object> Keys
    {
        get
        {
            var keys = new List<object>(Count);
            foreach (object? key in _keys)
            {
                if (key is not null)
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

        if (_free.TryPop(out int slot))
        {
            _keys[slot] = key;
            _facts[slot] = fact;
        }
        else
        {
            _keys.Add(key);
            _facts.Add(fact);
        }

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
        _free.Push(at);
        Count--;
        return true;
    }

    private int IndexOf(object key)
    {
        for (int i = 0; i < _keys.Count; i++)
        {
            if (_keys[i] is { } k && k.Equals(key))
            {
                return i;
            }
        }

        return -1;
    }
}
