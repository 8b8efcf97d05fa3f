namespace OshRules.Engine.Rete;

/// <summary>
/// The facts of a session, by identity (<see cref="FactIdentityComparer"/>). Handles are numbered in the order they
/// enter (<see cref="FactHandle.Slot"/>, reused after a retraction). Each number has an entry holding the handle, its
/// value's hash and the number of the next handle in the same bucket; the hash table holds numbers. The table is thus
/// an array of integers (the garbage collector never traces it, and filling it at random dirties no card of an old
/// object), and walking a bucket reads only entries, which lie side by side: a handle is touched only when its hash
/// matches. In a session of a million facts, a lookup that read every handle on its chain missed the cache at each one.
/// All arrays are chunked (<see cref="ChunkSize{T}"/>).
/// </summary>
/// <remarks>
/// Once the table outgrows the processor's caches (<see cref="FilterFrom"/> buckets), nearly every lookup of a new fact
/// missed the cache at its bucket, and waited for memory before anything else could go on: in a session of 200,000
/// workers, where a million facts are entered (half of them yielded, one at a time, while rules fire), that was a
/// quarter of the session's time. So a large table gets a filter: a bit array a quarter of the bucket array's size (one
/// 64-bit word per eight buckets, three bits per fact; see <see cref="FactFilter"/>), small enough to stay in cache. A
/// fact whose bits are not all set is certainly new, and its entry joins its bucket later, with up to <see
/// cref="FactFilter.PendingLimit"/> others at once: those links do not depend on one another, so the processor fetches
/// their buckets together instead of one after another. Everything that reads a bucket (a lookup the filter cannot
/// answer, a removal, a resize) links the waiting entries first.
/// </remarks>
internal sealed class WorkingMemory
{
    /// <summary>The table size (buckets) from which the filter is kept: 128 KB of buckets, more than a core's nearest caches hold.</summary>
    internal const int FilterFrom = 1 << 15;

    // Numbered like the handles (SlotStore: from 1, numbers of removed handles reused).
    private SlotStore<Entry> _entries;
    private ChunkedArray<int> _buckets;

    // Null while the table is small.
    private FactFilter? _filter;

    public WorkingMemory(int capacityHint)
    {
        _buckets = new ChunkedArray<int>(Capacity(capacityHint));
        _entries = new SlotStore<Entry>(capacityHint);
        Rebuild(relink: false);
    }

    public int Count { get; private set; }

    /// <summary>Gets whether the table is large enough to be filtered (see remarks).</summary>
    internal bool IsFiltered => _filter is not null;

    /// <summary>
    /// The number the next added handle gets, or 0 when retractions left numbers to reuse: then handles added one after
    /// another get numbers one after another (<see cref="HandleAt"/> finds them again without a list of their own).
    /// </summary>
    public int NextSlotInOrder => _entries.NextInOrder;

    /// <summary>The handle numbered <paramref name="slot"/>.</summary>
    public FactHandle HandleAt(int slot) => _entries[slot].Handle!;

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
        if (_filter is not null && !_filter.MayContain(hash))
        {
            handle = null!;
            return false;
        }

        LinkPending();
        handle = Find(fact, hash)!;
        return handle is not null;
    }

    public bool Contains(object fact) => TryGetValue(fact, out _);

    /// <summary>Adds the handle under its current value, unless an equal fact is already there.</summary>
    public bool TryAdd(FactHandle handle)
    {
        int hash = FactIdentityComparer.Instance.GetHashCode(handle.Value);
        if (_filter is null || _filter.MayContain(hash))
        {
            LinkPending();
            if (Find(handle.Value, hash) is not null)
            {
                return false;
            }
        }

        handle.Slot = _entries.Add(new Entry(handle, hash));
        if (_filter is null)
        {
            Link(handle.Slot);
        }
        else
        {
            _filter.Remember(hash);
            if (_filter.Wait(handle.Slot))
            {
                LinkPending();
            }
        }

        if (++Count > _buckets.Length)
        {
            Resize(_buckets.Length * 2);
        }

        return true;
    }

    /// <summary>Removes this very handle (found through its kept hash, so the fact's hash is not computed again).</summary>
    public void Remove(FactHandle handle)
    {
        int slot = handle.Slot;
        if (slot == 0)
        {
            return;
        }

        LinkPending();
        if (_filter is not null && ++_filter.RemovedSince > Count)
        {
            // Enough bits of gone facts to make the filter say "maybe" too often: start it again from what is left.
            Rebuild(relink: false);
        }

        ref Entry removed = ref _entries[slot];
        ref int link = ref _buckets[removed.Hash & (_buckets.Length - 1)];
        while (link != 0)
        {
            if (link == slot)
            {
                link = removed.Next;
                _entries.Remove(slot);
                handle.Slot = 0;
                Count--;
                return;
            }

            link = ref _entries[link].Next;
        }
    }

    /// <summary>Every handle, in no particular order.</summary>
    public IEnumerable<FactHandle> Handles()
    {
        for (int slot = 1; slot <= _entries.Last; slot++)
        {
            if (_entries[slot].Handle is { } h)
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
            ref Entry entry = ref _entries[slot];
            if (entry.Hash == hash && FactIdentityComparer.Instance.Equals(entry.Handle!.Value, fact))
            {
                return entry.Handle;
            }

            slot = entry.Next;
        }

        return null;
    }

    /// <summary>Links the entries waiting for their buckets. Each link reads and writes one bucket; none waits for another.</summary>
    private void LinkPending()
    {
        if (_filter is null)
        {
            return;
        }

        foreach (int slot in _filter.Pending)
        {
            Link(slot);
        }

        _filter.ClearPending();
    }

    /// <summary>Puts entry <paramref name="slot"/> at the head of its bucket.</summary>
    private void Link(int slot)
    {
        ref Entry entry = ref _entries[slot];
        ref int head = ref _buckets[entry.Hash & (_buckets.Length - 1)];
        entry.Next = head;
        head = slot;
    }

    /// <summary>
    /// Makes the filter for the current table (none for a small one) from the facts now in working memory, in one walk
    /// over the entries; with <paramref name="relink"/>, that walk also links every entry into the (new, empty) table.
    /// Otherwise no entry may be waiting.
    /// </summary>
    private void Rebuild(bool relink)
    {
        if (_buckets.Length < FilterFrom)
        {
            _filter = null;
        }
        else if (_filter?.Buckets == _buckets.Length)
        {
            _filter.ClearBits();
        }
        else
        {
            // A new filter has no waiting entries: a resize links them all below.
            _filter = new FactFilter(_buckets.Length);
        }

        if (_filter is null && !relink)
        {
            return;
        }

        for (int slot = 1; slot <= _entries.Last; slot++)
        {
            ref Entry entry = ref _entries[slot];
            if (entry.Handle is not null)
            {
                if (relink)
                {
                    Link(slot);
                }

                _filter?.Remember(entry.Hash);
            }
        }
    }

    private static int Capacity(int count) => count <= 8 ? 8 : (int)Math.Min(1u << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count));

    private void Resize(int length)
    {
        _buckets = new ChunkedArray<int>(length);
        Rebuild(relink: true);
    }

    /// <summary>
    /// A numbered place in working memory: the handle there (null when free), its value's hash, the next number in its
    /// bucket (set by <see cref="Link"/>).
    /// </summary>
    private struct Entry(FactHandle handle, int hash)
    {
        public FactHandle? Handle = handle;
        public int Hash = hash;
        public int Next;
    }
}
