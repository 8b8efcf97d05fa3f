namespace OshRules.Engine.Rete;

/// <summary>
/// A hash index over the items of one node memory, by a key read from each item: the equality a join tests, or the
/// group a sub-network's match belongs to. Each key heads a chain of the items' slots in ascending order (a link per
/// slot, no list per key), so a lookup yields matches in the memory's own enumeration order. An item whose key could not
/// be read (its expression threw) is kept apart: a join that meets one evaluates its conditions pair by pair instead, as
/// NRules' runtime does, so that the same exception surfaces at the same moment.
/// </summary>
/// <typeparam name="T">The item type (facts or tuples).</typeparam>
internal sealed class KeyIndex<T>(Func<T, object?> keyOf)
    where T : class
{
    private static readonly object NullKey = new();
    private static readonly object FailedKey = new();
    private readonly ChunkedMap<object, int> _heads = new();
    private ChunkedBuffer<object?> _keyBySlot;
    private ChunkedBuffer<int> _next;
    private int _failedCount;

    /// <summary>Gets a value indicating whether some item's key could not be read.</summary>
    public bool HasFailedKeys => _failedCount > 0;

    /// <summary>A key as indexes file it (null has a key of its own).</summary>
    public static object Normalize(object? key) => key ?? NullKey;

    /// <summary>Files an item under its key.</summary>
    public void Add(T item, int slot)
    {
        _keyBySlot.GrowTo(slot);
        _next.GrowTo(slot);

        object key;
        try
        {
            key = Normalize(keyOf(item));
        }
#pragma warning disable CA1031 // The failure is the item's, surfaced later as NRules would (see the type's summary).
        catch (Exception)
#pragma warning restore CA1031
        {
            _keyBySlot[slot] = FailedKey;
            _failedCount++;
            return;
        }

        _keyBySlot[slot] = key;
        ref int head = ref _heads.GetValueRefOrAddDefault(key, out bool exists);
        if (!exists || slot < head)
        {
            _next[slot] = exists ? head : -1;
            head = slot;
            return;
        }

        // Keep the chain ascending: new items usually take the highest slot and go last.
        int at = head;
        while (_next[at] >= 0 && _next[at] < slot)
        {
            at = _next[at];
        }

        _next[slot] = _next[at];
        _next[at] = slot;
    }

    /// <summary>Unfiles the item in a slot.</summary>
    public void Remove(int slot)
    {
        object? key = _keyBySlot[slot];
        _keyBySlot[slot] = null;
        if (ReferenceEquals(key, FailedKey))
        {
            _failedCount--;
            return;
        }

        ref int head = ref _heads.GetValueRefOrAddDefault(key!, out _);
        if (head == slot)
        {
            if (_next[slot] >= 0)
            {
                head = _next[slot];
            }
            else
            {
                _heads.Remove(key!);
            }

            return;
        }

        int at = head;
        while (_next[at] != slot)
        {
            at = _next[at];
        }

        _next[at] = _next[slot];
    }

    /// <summary>Files an updated item again (its key may have changed).</summary>
    public void Rekey(T item, int slot)
    {
        Remove(slot);
        Add(item, slot);
    }

    /// <summary>Gets the slots filed under a key, in ascending order.</summary>
    public SlotChain Find(object key) => new(_next, _heads.TryGetValue(key, out int head) ? head : -1);

    /// <summary>The slots of one key, in ascending order.</summary>
    public readonly struct SlotChain(ChunkedBuffer<int> next, int head)
    {
        public Enumerator GetEnumerator() => new(next, head);

        public struct Enumerator(ChunkedBuffer<int> next, int head)
        {
            private int _current = -2;

            public readonly int Current => _current;

            public bool MoveNext()
            {
                _current = _current == -2 ? head : next[_current];
                return _current >= 0;
            }
        }
    }
}
