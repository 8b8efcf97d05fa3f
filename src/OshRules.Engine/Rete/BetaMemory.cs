using System.Numerics;

namespace OshRules.Engine.Rete;

/// <summary>
/// A session's state of one beta node: left partial matches and right facts, each kept in doubly-linked buckets (both
/// are entries in the session's stores, <see cref="SlotStore{T}"/>, linked by number).
/// An indexed node starts with one bucket per side (a small session never pays for tables) and switches to hash
/// buckets once the two sides hold more than <see cref="HashThreshold"/> items. A bucket may hold several keys (the
/// tables are power-of-two arrays of bucket heads, kept in <see cref="ChunkedArray{T}"/> chunks), so the node always
/// compares keys.
/// </summary>
/// <remarks>
/// A struct, one per beta node in an array of the session (<see cref="Session.GetBetaMemory"/>), used only through a
/// reference: a session of the 39 OSH rules used about fifty of them, and as objects they were a tenth of the objects
/// such a session allocates. Its methods take the session whose stores hold the entries.
/// </remarks>
internal struct BetaMemory
{
    private const int HashThreshold = 8;

    // Upper bound of the presized tables: a larger memory grows as usual, a smaller one never over-allocates much.
    private const int MaxPresize = 1 << 20;

    private int _left;
    private int _right;
    private int _count;
    private readonly bool _indexed;

    // The hash tables exist only once the memory has grown past the threshold: most memories of a small session never do.
    private Tables? _tables;

    /// <summary>Creates the empty memory of a node indexed by an equality (<paramref name="indexed"/>) or not.</summary>
    public BetaMemory(bool indexed)
    {
        _indexed = indexed;
        IsStarted = true;
    }

    /// <summary>Gets whether the memory was made (a session's array holds default, unstarted ones until first use).</summary>
    public readonly bool IsStarted { get; }

    /// <summary>Whether buckets may hold other keys, so the node must compare keys.</summary>
    public readonly bool NeedsKeyCheck => _indexed;

    /// <summary>The number of the first left entry in <paramref name="key"/>'s bucket (0 when it is empty).</summary>
    public readonly int LeftBucket(object key) => _tables is { } t ? t.Left[t.Slot(key)] : _left;

    /// <summary>The number of the first right entry in <paramref name="key"/>'s bucket (0 when it is empty).</summary>
    public readonly int RightBucket(object key) => _tables is { } t ? t.Right[t.Slot(key)] : _right;

    /// <summary>Enters a partial match in the left memory under <paramref name="key"/> and returns its entry's number.</summary>
    public int AddLeft(Session session, Token token, object key, int sizeHint = 0)
    {
        int number = Link(ref session.Lefts, ref LeftHead(key), new LeftEntry(token, key));
        Added(session, sizeHint);
        return number;
    }

    /// <summary>Takes a left entry out of its bucket and frees its number.</summary>
    public void RemoveLeft(Session session, int number)
    {
        if (Unlink(ref session.Lefts, number, out int next))
        {
            LeftHead(session.Lefts[number].Key) = next;
        }

        session.Lefts.Remove(number);
        _count--;
    }

    /// <summary>Enters a fact in the right memory under <paramref name="key"/> and returns its entry's number.</summary>
    public int AddRight(Session session, FactHandle fact, object key, FactLink nextOfFact, int sizeHint = 0)
    {
        int number = Link(ref session.Rights, ref RightHead(key), new RightEntry(fact, key, nextOfFact));
        Added(session, sizeHint);
        return number;
    }

    /// <summary>Takes an entry out of its bucket; it stays in the store (its pairs still point to it) until the node frees it.</summary>
    public void UnlinkRight(Session session, int number)
    {
        if (Unlink(ref session.Rights, number, out int next))
        {
            RightHead(session.Rights[number].Key) = next;
        }

        _count--;
    }

    // Stores the entry at the head of the bucket whose head is `head`; returns its number.
    private static int Link<T>(ref SlotStore<T> store, ref int head, in T item)
        where T : struct, IBucketEntry
    {
        int number = store.Add(item);
        store[number].NextInBucket = head;
        if (head != 0)
        {
            store[head].PrevInBucket = number;
        }

        head = number;
        return number;
    }

    // Takes entry `number` out of its bucket's list; true when it was the head, which then must become `next`.
    private static bool Unlink<T>(ref SlotStore<T> store, int number, out int next)
        where T : struct, IBucketEntry
    {
        ref T entry = ref store[number];
        next = entry.NextInBucket;
        int prev = entry.PrevInBucket;
        entry.PrevInBucket = entry.NextInBucket = 0;
        if (next != 0)
        {
            store[next].PrevInBucket = prev;
        }

        if (prev == 0)
        {
            return true;
        }

        store[prev].NextInBucket = next;
        return false;
    }

    [System.Diagnostics.CodeAnalysis.UnscopedRef]
    private ref int LeftHead(object key)
    {
        if (_tables is { } t)
        {
            return ref t.Left[t.Slot(key)];
        }

        return ref _left;
    }

    [System.Diagnostics.CodeAnalysis.UnscopedRef]
    private ref int RightHead(object key)
    {
        if (_tables is { } t)
        {
            return ref t.Right[t.Slot(key)];
        }

        return ref _right;
    }

    private void Added(Session session, int sizeHint)
    {
        // Both sides count against one table length: a table of n slots per side holds up to 2n items, one per slot and
        // side when the sides are balanced. Growing at n would rebuild a presized table in every join of two equal sides.
        if (!_indexed || ++_count <= (_tables is { } current ? 2 * current.Left.Length : HashThreshold))
        {
            return;
        }

        // Size the first tables from the hint (the session's working-memory size; half of it, bounded) so a large
        // batch does not pay for repeated doubling; after that, double.
        int length = _tables is { } t ? t.Left.Length * 2 : (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(sizeHint / 2, 2 * HashThreshold, MaxPresize));
        Rebuild(session, length);
    }

    private void Rebuild(Session session, int length)
    {
        // Gather every entry into one list per side, then spread them again.
        Tables? old = _tables;
        int lefts = old is null ? _left : Gather(ref session.Lefts, old.Left);
        int rights = old is null ? _right : Gather(ref session.Rights, old.Right);
        (_left, _right) = (0, 0);
        var tables = new Tables(length);
        _tables = tables;
        Spread(ref session.Lefts, lefts, tables, tables.Left);
        Spread(ref session.Rights, rights, tables, tables.Right);
    }

    private static int Gather<T>(ref SlotStore<T> store, ChunkedArray<int> heads)
        where T : struct, IBucketEntry
    {
        int list = 0;
        for (int i = 0; i < heads.Length; i++)
        {
            for (int e = heads[i], next; e != 0; e = next)
            {
                ref T entry = ref store[e];
                next = entry.NextInBucket;
                entry.NextInBucket = list;
                list = e;
            }
        }

        return list;
    }

    private static void Spread<T>(ref SlotStore<T> store, int list, Tables tables, ChunkedArray<int> heads)
        where T : struct, IBucketEntry
    {
        for (int e = list, next; e != 0; e = next)
        {
            ref T entry = ref store[e];
            next = entry.NextInBucket;
            ref int head = ref heads[tables.Slot(entry.Key)];
            entry.PrevInBucket = 0;
            entry.NextInBucket = head;
            if (head != 0)
            {
                store[head].PrevInBucket = e;
            }

            head = e;
        }
    }

    /// <summary>The bucket heads of both sides, of one power-of-two length.</summary>
    private sealed class Tables(int length)
    {
        private readonly int _mask = length - 1;

        // Numbers of entries: arrays of integers the collector never traces.
        public ChunkedArray<int> Left { get; } = new(length);

        public ChunkedArray<int> Right { get; } = new(length);

        // The high bits are folded into the low ones (so keys that differ only there still spread) while consecutive
        // keys, such as sequential worker ids, keep landing in consecutive slots: good for the cache in large sessions.
        public int Slot(object key)
        {
            int hash = key.GetHashCode();
            return (hash ^ (hash >>> 16)) & _mask;
        }
    }
}
