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
internal sealed class BetaMemory(bool indexed, Session session)
{
    private const int HashThreshold = 8;

    // Upper bound of the presized tables: a larger memory grows as usual, a smaller one never over-allocates much.
    private const int MaxPresize = 1 << 20;

    private int _left;
    private int _right;
    private int _count;
    // The hash tables exist only once the memory has grown past the threshold: most memories of a small session never do.
    private Tables? _tables;

    /// <summary>Whether buckets may hold other keys, so the node must compare keys.</summary>
    public bool NeedsKeyCheck => indexed;

    /// <summary>The number of the first left entry in <paramref name="key"/>'s bucket (0 when it is empty).</summary>
    public int LeftBucket(object key) => _tables is { } t ? t.Left[t.Slot(key)] : _left;

    /// <summary>The left entry numbered <paramref name="number"/>.</summary>
    public ref LeftEntry Left(int number) => ref session.Lefts[number];

    /// <summary>The number of the first right entry in <paramref name="key"/>'s bucket (0 when it is empty).</summary>
    public int RightBucket(object key) => _tables is { } t ? t.Right[t.Slot(key)] : _right;

    /// <summary>The right entry numbered <paramref name="number"/>.</summary>
    public ref RightEntry Right(int number) => ref session.Rights[number];

    /// <summary>Enters a partial match in the left memory under <paramref name="key"/> and returns its entry's number.</summary>
    public int AddLeft(Token token, object key, int sizeHint = 0)
    {
        int number = Link(ref session.Lefts, ref LeftHead(key), new LeftEntry(token, key));
        Added(sizeHint);
        return number;
    }

    /// <summary>Takes a left entry out of its bucket and frees its number.</summary>
    public void RemoveLeft(int number)
    {
        if (Unlink(ref session.Lefts, number, out int next))
        {
            LeftHead(session.Lefts[number].Key) = next;
        }

        session.Lefts.Remove(number);
        _count--;
    }

    /// <summary>Enters a fact in the right memory under <paramref name="key"/> and returns its entry's number.</summary>
    public int AddRight(FactHandle fact, object key, FactLink nextOfFact, int sizeHint = 0)
    {
        int number = Link(ref session.Rights, ref RightHead(key), new RightEntry(fact, key, nextOfFact));
        Added(sizeHint);
        return number;
    }

    /// <summary>Takes an entry out of its bucket; it stays in the store (its pairs still point to it) until <see cref="FreeRight"/>.</summary>
    public void UnlinkRight(int number)
    {
        if (Unlink(ref session.Rights, number, out int next))
        {
            RightHead(session.Rights[number].Key) = next;
        }

        _count--;
    }

    /// <summary>Returns an unlinked entry's number to the store.</summary>
    public void FreeRight(int number) => session.Rights.Remove(number);

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

    private ref int LeftHead(object key)
    {
        if (_tables is { } t)
        {
            return ref t.Left[t.Slot(key)];
        }

        return ref _left;
    }

    private ref int RightHead(object key)
    {
        if (_tables is { } t)
        {
            return ref t.Right[t.Slot(key)];
        }

        return ref _right;
    }

    private void Added(int sizeHint)
    {
        // Both sides count against one table length: a table of n slots per side holds up to 2n items, one per slot and
        // side when the sides are balanced. Growing at n would rebuild a presized table in every join of two equal sides.
        if (!indexed || ++_count <= (_tables is { } current ? 2 * current.Left.Length : HashThreshold))
        {
            return;
        }

        // Size the first tables from the hint (the session's working-memory size; half of it, bounded) so a large
        // batch does not pay for repeated doubling; after that, double.
        int length = _tables is { } t ? t.Left.Length * 2 : (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(sizeHint / 2, 2 * HashThreshold, MaxPresize));
        Rebuild(length);
    }

    private void Rebuild(int length)
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
