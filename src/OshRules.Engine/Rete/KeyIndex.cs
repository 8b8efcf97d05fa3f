namespace OshRules.Engine.Rete;

/// <summary>
/// A hash index over the items of one node memory, by a key read from each item: the equality a join tests, or the
/// group a sub-network's match belongs to. Each bucket lists the items' slots in ascending order, so a lookup yields
/// matches in the memory's own enumeration order. An item whose key could not be read (its expression threw) is kept
/// apart: a join that meets one evaluates its conditions pair by pair instead, as NRules' runtime does, so that the
/// same exception surfaces at the same moment.
/// </summary>
/// <typeparam name="T">The item type (facts or tuples).</typeparam>
internal sealed class KeyIndex<T>(Func<T, object?> keyOf)
    where T : class
{
    private static readonly object NullKey = new();
    private readonly Dictionary<object, List<int>> _buckets = [];
    private object?[] _keyBySlot = [];
    private int _failedCount;

    /// <summary>Gets a value indicating whether some item's key could not be read.</summary>
    public bool HasFailedKeys => _failedCount > 0;

    /// <summary>Reads an item's key as this index files it; throws what the key expression throws.</summary>
    public object KeyOf(T item) => Normalize(keyOf(item));

    /// <summary>A key as indexes file it (null has a key of its own).</summary>
    public static object Normalize(object? key) => key ?? NullKey;

    /// <summary>Files an item under its key.</summary>
    public void Add(T item, int slot)
    {
        if (slot >= _keyBySlot.Length)
        {
            Array.Resize(ref _keyBySlot, Math.Max(slot + 1, _keyBySlot.Length * 2));
        }

        object key;
        try
        {
            key = KeyOf(item);
        }
#pragma warning disable CA1031 // The failure is the item's, surfaced later as NRules would (see the type's summary).
        catch (Exception)
#pragma warning restore CA1031
        {
            _keyBySlot[slot] = FailedKey.Instance;
            _failedCount++;
            return;
        }

        _keyBySlot[slot] = key;
        if (!_buckets.TryGetValue(key, out List<int>? bucket))
        {
            bucket = [];
            _buckets.Add(key, bucket);
        }

        int at = bucket.BinarySearch(slot);
        bucket.Insert(~at, slot);
    }

    /// <summary>Unfiles the item in a slot.</summary>
    public void Remove(int slot)
    {
        object? key = _keyBySlot[slot];
        _keyBySlot[slot] = null;
        if (ReferenceEquals(key, FailedKey.Instance))
        {
            _failedCount--;
            return;
        }

        List<int> bucket = _buckets[key!];
        bucket.RemoveAt(bucket.BinarySearch(slot));
        if (bucket.Count == 0)
        {
            _buckets.Remove(key!);
        }
    }

    /// <summary>Files an updated item again (its key may have changed).</summary>
    public void Rekey(T item, int slot)
    {
        Remove(slot);
        Add(item, slot);
    }

    /// <summary>Gets the slots filed under a key, in ascending order; null when none.</summary>
    public List<int>? Find(object key) => _buckets.TryGetValue(key, out List<int>? bucket) ? bucket : null;

    private sealed class FailedKey
    {
        public static readonly FailedKey Instance = new();
    }
}
