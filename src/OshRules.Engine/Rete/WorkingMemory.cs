namespace OshRules.Engine.Rete;

/// <summary>
/// The facts of a session, by identity (<see cref="FactIdentityComparer"/>). Handles are numbered in the order they
/// enter (<see cref="FactHandle.Slot"/>, reused after a retraction) and the hash table holds those numbers, chained
/// through the handles themselves (<see cref="FactHandle.NextInMemory"/>) with each handle's hash kept. The table is
/// therefore an array of integers: the garbage collector never traces it, and filling it at random (as hashing does)
/// dirties no card of an old object — in a session of millions of facts that table would otherwise be rescanned at
/// every young collection. All arrays are chunked (<see cref="ChunkedArray{T}"/>), so nothing lands on the
/// large-object heap.
/// </summary>
internal sealed class WorkingMemory
{
    private readonly ChunkedList<FactHandle?> _handles;
    private ChunkedList<int>? _free;
    private ChunkedArray<int> _buckets;

    public WorkingMemory(int capacityHint)
    {
        _buckets = new ChunkedArray<int>(Capacity(capacityHint));
        _handles = new ChunkedList<FactHandle?>(capacityHint);
    }

    public int Count { get; private set; }

    /// <summary>Grows the table once for <paramref name="count"/> facts, instead of doubling repeatedly.</summary>
    public void EnsureCapacity(int count)
    {
        if (count > _buckets.Length)
        {
            Resize(Capacity(count));
        }
    }

    public bool TryGetValue(object fact, out FactHandle handle)
    {
        handle = Find(fact, FactIdentityComparer.Instance.GetHashCode(fact))!;
        return handle is not null;
    }

    public bool Contains(object fact) => TryGetValue(fact, out _);

    /// <summary>Adds the handle under its current value, unless an equal fact is already there.</summary>
    public bool TryAdd(FactHandle handle)
    {
        int hash = FactIdentityComparer.Instance.GetHashCode(handle.Value);
        if (Find(handle.Value, hash) is not null)
        {
            return false;
        }

        if (_free is { Count: > 0 })
        {
            handle.Slot = _free.Pop();
            _handles[handle.Slot - 1] = handle;
        }
        else
        {
            _handles.Add(handle);
            handle.Slot = _handles.Count;
        }

        ref int head = ref _buckets[hash & (_buckets.Length - 1)];
        handle.Hash = hash;
        handle.NextInMemory = head;
        head = handle.Slot;
        if (++Count > _buckets.Length)
        {
            Resize(_buckets.Length * 2);
        }

        return true;
    }

    /// <summary>Removes this very handle (found through its kept hash, so the fact's hash is not computed again).</summary>
    public void Remove(FactHandle handle)
    {
        if (handle.Slot == 0)
        {
            return;
        }

        ref int link = ref _buckets[handle.Hash & (_buckets.Length - 1)];
        while (link != 0)
        {
            if (link == handle.Slot)
            {
                link = handle.NextInMemory;
                _handles[handle.Slot - 1] = null;
                (_free ??= new ChunkedList<int>()).Add(handle.Slot);
                handle.Slot = handle.NextInMemory = 0;
                Count--;
                return;
            }

            link = ref _handles[link - 1]!.NextInMemory;
        }
    }

    /// <summary>Every handle, in no particular order.</summary>
    public IEnumerable<FactHandle> Handles()
    {
        for (int i = 0; i < _handles.Count; i++)
        {
            if (_handles[i] is { } h)
            {
                yield return h;
            }
        }
    }

    /// <summary>The handle of a fact equal to <paramref name="fact"/> (whose hash is <paramref name="hash"/>), if any.</summary>
    private FactHandle? Find(object fact, int hash)
    {
        for (int slot = _buckets[hash & (_buckets.Length - 1)]; slot != 0;)
        {
            FactHandle h = _handles[slot - 1]!;
            if (h.Hash == hash && FactIdentityComparer.Instance.Equals(h.Value, fact))
            {
                return h;
            }

            slot = h.NextInMemory;
        }

        return null;
    }

    private static int Capacity(int count) => count <= 8 ? 8 : (int)Math.Min(1u << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count));

    private void Resize(int length)
    {
        var buckets = new ChunkedArray<int>(length);
        for (int i = 0; i < _handles.Count; i++)
        {
            if (_handles[i] is { } h)
            {
                ref int head = ref buckets[h.Hash & (length - 1)];
                h.NextInMemory = head;
                head = h.Slot;
            }
        }

        _buckets = buckets;
    }
}
