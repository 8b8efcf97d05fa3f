namespace OshRules.Engine.Rete;

/// <summary>
/// A list whose items keep the slot they were added in; a removed item's slot is reused by the next item added, the
/// most recently freed slot first. Enumeration goes by slot. This is the order in which NRules' runtime enumerates its
/// node memories (hash sets, whose entries follow the same rule), and so the order in which it joins and fires: keeping
/// the same order is what makes both runtimes fire the same activations in the same order.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal struct SlotList<T>
    where T : class
{
    /// <summary>The longest list <see cref="TryClear"/> keeps: a session of one worker seldom has more in a memory.</summary>
    private const int ReusableLength = 64;

    private ChunkedBuffer<T?> _items;
    private ChunkedBuffer<int> _nextFree;
    private int _end;
    private int _freeHead;

    public SlotList()
    {
        _freeHead = -1;
    }

    /// <summary>Gets the number of items.</summary>
    public int Count { readonly get; private set; }

    /// <summary>Gets one past the highest slot ever used: enumerate slots below it and skip the empty ones.</summary>
    public readonly int End => _end;

    /// <summary>Gets the storage of the slots, to be read in place below <see cref="End"/> (empty slots are null).</summary>
    public readonly ChunkedBuffer<T?> Items => _items;

    /// <summary>Gets the item in a slot, or null for an empty slot.</summary>
    public readonly T? this[int slot] => _items[slot];

    /// <summary>Adds an item and returns its slot.</summary>
    public int Add(T item)
    {
        int slot;
        if (_freeHead >= 0)
        {
            slot = _freeHead;
            _freeHead = _nextFree[slot];
        }
        else
        {
            slot = _end++;
        }

        // Most memories of a session of one worker hold one or two items: the buffer grows from one.
        _items.GrowTo(slot) = item;
        Count++;
        return slot;
    }

    /// <summary>Makes room for <paramref name="more"/> items past the highest slot, so a batch grows the list once.</summary>
    public void Reserve(int more)
    {
        _items.EnsureCapacity(_end + more);
    }

    /// <summary>Empties a slot.</summary>
    public void RemoveAt(int slot)
    {
        _items[slot] = null;
        if (_nextFree.Capacity < _items.Capacity)
        {
            // The chain of free slots is kept only once a slot has been freed.
            _nextFree.EnsureCapacity(_items.Capacity);
        }

        _nextFree[slot] = _freeHead;
        _freeHead = slot;
        Count--;
    }

    /// <summary>Empties the list, keeping its arrays when they are small; false (the list untouched) when they are not.</summary>
    public bool TryClear()
    {
        if (_end == 0)
        {
            return true;
        }

        if (_items.Capacity > ReusableLength)
        {
            return false;
        }

        _items.Clear(_end);
        _end = 0;
        _freeHead = -1;
        Count = 0;
        return true;
    }

    /// <summary>Copies the items, in slot order, into a new list.</summary>
    public readonly ChunkedList<T> ToList()
    {
        var list = new ChunkedList<T>(Count);
        for (int i = 0; i < _end; i++)
        {
            if (_items[i] is { } item)
            {
                list.Add(item);
            }
        }

        return list;
    }
}
