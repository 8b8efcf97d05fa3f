using System.Runtime.CompilerServices;

namespace OshRules.Engine.Rete;

/// <summary>
/// A hash map kept in chunks (<see cref="ChunkedBuffer{T}"/>), so that a large session's tables allocate nothing on the
/// large-object heap and grow without copying their entries. It keeps <see cref="Dictionary{TKey, TValue}"/>'s order:
/// entries are enumerated in the order they were added, and a removed entry's place is the next one reused (the last
/// freed first), so that working memory enumerates facts in the order NRules' runtime, which keeps a dictionary,
/// enumerates them.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ChunkedMap<TKey, TValue>
    where TKey : notnull
{
    // A free entry's Next is FreeBase - (the next free entry), at most -2; a used entry's is its chain's next or -1.
    private const int FreeBase = -3;

    private readonly IEqualityComparer<TKey>? _comparer;
    private ChunkedBuffer<int> _buckets; // entry + 1; 0: none
    private ChunkedBuffer<Entry> _entries;
    private int _bucketBits;
    private int _end;
    private int _freeList = -1;
    private int _freeCount;
    private int _version;

    /// <summary>Creates an empty map.</summary>
    /// <param name="capacity">Entries to make room for at once.</param>
    /// <param name="comparer">The key equality, or null for the key type's default.</param>
    public ChunkedMap(int capacity = 0, IEqualityComparer<TKey>? comparer = null)
    {
        _comparer = comparer is null || ReferenceEquals(comparer, EqualityComparer<TKey>.Default) ? null : comparer;
        if (capacity > 0)
        {
            EnsureCapacity(capacity);
        }
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _end - _freeCount;

    /// <summary>Gets the number of entries the map holds before it grows.</summary>
    public int Capacity => _entries.Capacity;

    /// <summary>
    /// Gets the values in <see cref="Dictionary{TKey, TValue}"/>'s enumeration order. As with a dictionary, adding a key
    /// while enumerating makes the next step throw <see cref="InvalidOperationException"/>; removing one does not.
    /// </summary>
    public ValueEnumerable Values => new(this);

    /// <summary>The values, enumerated without allocating (see <see cref="Values"/>).</summary>
    public readonly struct ValueEnumerable(ChunkedMap<TKey, TValue> map) : IEnumerable<TValue>
    {
        public ValueEnumerator GetEnumerator() => new(map);

        IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Steps through the values in entry order, skipping removed entries.</summary>
    public struct ValueEnumerator(ChunkedMap<TKey, TValue> map) : IEnumerator<TValue>
    {
        private readonly int _version = map._version;
        private int _index = -1;

        public readonly TValue Current => map._entries[_index].Value;

        readonly object? System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_version != map._version)
            {
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            }

            // Read afresh each time: the caller may remove entries between items, as it may a dictionary's.
            while (++_index < map._end)
            {
                if (map._entries[_index].Next >= -1)
                {
                    return true;
                }
            }

            return false;
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }

    /// <summary>Gets the value of a key, if present.</summary>
    public bool TryGetValue(TKey key, out TValue value)
    {
        int at = Find(key, Hash(key));
        if (at < 0)
        {
            value = default!;
            return false;
        }

        value = _entries[at].Value;
        return true;
    }

    /// <summary>Gets the value of a key, or the default.</summary>
    public TValue? GetValueOrDefault(TKey key) => TryGetValue(key, out TValue value) ? value : default;

    /// <summary>Adds an entry; throws as <see cref="Dictionary{TKey, TValue}.Add"/> does when the key is present.</summary>
    public void Add(TKey key, TValue value)
    {
        ref TValue slot = ref GetValueRefOrAddDefault(key, out bool exists);
        if (exists)
        {
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
        }

        slot = value;
    }

    /// <summary>Sets the value of a key, adding the key if absent.</summary>
    public void Set(TKey key, TValue value) => GetValueRefOrAddDefault(key, out _) = value;

    /// <summary>
    /// Gets a reference to a key's value, adding the key with a default value if absent; valid until the map next grows.
    /// </summary>
    public ref TValue GetValueRefOrAddDefault(TKey key, out bool exists)
    {
        uint hash = Hash(key);
        int at = Find(key, hash);
        if (at >= 0)
        {
            exists = true;
            return ref _entries[at].Value;
        }

        exists = false;
        _version++;
        if (_freeCount > 0)
        {
            at = _freeList;
            _freeList = FreeBase - _entries[at].Next;
            _freeCount--;
        }
        else
        {
            if (_end == _entries.Capacity)
            {
                EnsureCapacity(_end + 1);
            }

            at = _end++;
        }

        ref int bucket = ref _buckets[Bucket(hash)];
        ref Entry entry = ref _entries[at];
        entry.Hash = hash;
        entry.Key = key;
        entry.Value = default!;
        entry.Next = bucket - 1;
        bucket = at + 1;
        return ref entry.Value;
    }

    /// <summary>Removes a key's entry, if present.</summary>
    public bool Remove(TKey key)
    {
        uint hash = Hash(key);
        if (_end == 0)
        {
            return false;
        }

        ref int bucket = ref _buckets[Bucket(hash)];
        int previous = -1;
        for (int at = bucket - 1; at >= 0; previous = at, at = _entries[at].Next)
        {
            ref Entry entry = ref _entries[at];
            if (entry.Hash != hash || !KeysEqual(entry.Key, key))
            {
                continue;
            }

            if (previous < 0)
            {
                bucket = entry.Next + 1;
            }
            else
            {
                _entries[previous].Next = entry.Next;
            }

            entry.Key = default!;
            entry.Value = default!;
            entry.Next = FreeBase - _freeList;
            _freeList = at;
            _freeCount++;
            return true;
        }

        return false;
    }

    /// <summary>Removes every entry, keeping the room.</summary>
    public void Clear()
    {
        _buckets.Clear(_buckets.Capacity);
        _entries.Clear(_end);
        _end = 0;
        _freeList = -1;
        _freeCount = 0;
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> entries in all.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity <= _entries.Capacity)
        {
            return;
        }

        _version++;

        // Entries grow by doubling while they fit one array, by chunks after: either way a chunk at most is copied.
        _entries.EnsureCapacity(capacity);
        int bits = Math.Max(2, System.Numerics.BitOperations.Log2((uint)_entries.Capacity - 1) + 1);
        if (bits > _bucketBits)
        {
            Rehash(bits);
        }
    }

    private void Rehash(int bits)
    {
        _bucketBits = bits;

        // The old buckets, emptied, are the start of the new ones: growing adds chunks instead of replacing them all.
        _buckets.Clear(_buckets.Capacity);
        _buckets.EnsureCapacity(1 << bits);
        for (int at = 0; at < _end; at++)
        {
            ref Entry entry = ref _entries[at];
            if (entry.Next >= -1)
            {
                ref int bucket = ref _buckets[Bucket(entry.Hash)];
                entry.Next = bucket - 1;
                bucket = at + 1;
            }
        }
    }

    private int Find(TKey key, uint hash)
    {
        if (_end == 0)
        {
            return -1;
        }

        for (int at = _buckets[Bucket(hash)] - 1; at >= 0; at = _entries[at].Next)
        {
            ref Entry entry = ref _entries[at];
            if (entry.Hash == hash && KeysEqual(entry.Key, key))
            {
                return at;
            }
        }

        return -1;
    }

    // A null key throws what a dictionary throws (NRules' runtime lets its dictionary refuse a null fact).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Hash(TKey key) => key is null ? throw new ArgumentNullException(nameof(key))
        : unchecked((uint)(_comparer is null ? EqualityComparer<TKey>.Default.GetHashCode(key) : _comparer.GetHashCode(key)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeysEqual(TKey stored, TKey key) =>
        _comparer is null ? EqualityComparer<TKey>.Default.Equals(stored, key) : _comparer.Equals(stored, key);

    // Fibonacci hashing: the top bits of the product, so that hash codes that differ only in high bits (or are multiples
    // of a power of two) still spread over the buckets.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(uint hash) => unchecked((int)((hash * 2654435769u) >> (32 - _bucketBits)));

    private struct Entry
    {
        public uint Hash;
        public int Next;
        public TKey Key;
        public TValue Value;
    }
}
