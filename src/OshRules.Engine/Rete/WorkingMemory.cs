namespace OshRules.Engine.Rete;

/// <summary>
/// The facts of a session, by identity (<see cref="FactIdentityComparer"/>): a hash table whose chains run through the
/// fact handles themselves (<see cref="FactHandle.NextInMemory"/>), with each handle's hash kept, so a fact costs no
/// table entry of its own and a resize never calls <c>GetHashCode</c> again. The buckets are a
/// <see cref="ChunkedArray{T}"/>, so a million-fact session allocates nothing on the large-object heap.
/// </summary>
internal sealed class WorkingMemory
{
    private ChunkedArray<FactHandle> _buckets;

    public WorkingMemory(int capacityHint) => _buckets = new ChunkedArray<FactHandle>(Capacity(capacityHint));

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
        int hash = FactIdentityComparer.Instance.GetHashCode(fact);
        for (FactHandle? h = _buckets[hash & (_buckets.Length - 1)]; h is not null; h = h.NextInMemory)
        {
            if (h.Hash == hash && FactIdentityComparer.Instance.Equals(h.Value, fact))
            {
                handle = h;
                return true;
            }
        }

        handle = null!;
        return false;
    }

    public bool Contains(object fact) => TryGetValue(fact, out _);

    /// <summary>Adds the handle under its current value, unless an equal fact is already there.</summary>
    public bool TryAdd(FactHandle handle)
    {
        object fact = handle.Value;
        int hash = FactIdentityComparer.Instance.GetHashCode(fact);
        ref FactHandle? head = ref _buckets[hash & (_buckets.Length - 1)];
        for (FactHandle? h = head; h is not null; h = h.NextInMemory)
        {
            if (h.Hash == hash && FactIdentityComparer.Instance.Equals(h.Value, fact))
            {
                return false;
            }
        }

        handle.Hash = hash;
        handle.NextInMemory = head;
        head = handle;
        if (++Count > _buckets.Length)
        {
            Resize(_buckets.Length * 2);
        }

        return true;
    }

    /// <summary>Removes this very handle (found through its kept hash, so the fact's hash is not computed again).</summary>
    public void Remove(FactHandle handle)
    {
        ref FactHandle? link = ref _buckets[handle.Hash & (_buckets.Length - 1)];
        while (link is not null)
        {
            if (ReferenceEquals(link, handle))
            {
                link = handle.NextInMemory;
                handle.NextInMemory = null;
                Count--;
                return;
            }

            link = ref link.NextInMemory;
        }
    }

    /// <summary>Every handle, in no particular order.</summary>
    public IEnumerable<FactHandle> Handles()
    {
        for (int i = 0; i < _buckets.Length; i++)
        {
            for (FactHandle? h = _buckets[i]; h is not null; h = h.NextInMemory)
            {
                yield return h;
            }
        }
    }

    private static int Capacity(int count) => count <= 8 ? 8 : (int)Math.Min(1u << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count));

    private void Resize(int length)
    {
        var buckets = new ChunkedArray<FactHandle>(length);
        for (int i = 0; i < _buckets.Length; i++)
        {
            FactHandle? h = _buckets[i];
            while (h is not null)
            {
                FactHandle? next = h.NextInMemory;
                ref FactHandle? head = ref buckets[h.Hash & (length - 1)];
                h.NextInMemory = head;
                head = h;
                h = next;
            }
        }

        _buckets = buckets;
    }
}
