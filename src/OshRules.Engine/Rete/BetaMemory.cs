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
        Tables? t = _tables;
        ref int head = ref t is not null ? ref t.Left[t.Slot(key)] : ref _left;
        int number = session.Lefts.Add(new LeftEntry(token, key) { NextInBucket = head });
        if (head != 0)
        {
            session.Lefts[head].PrevInBucket = number;
        }

        head = number;
        Added(sizeHint);
        return number;
    }

    /// <summary>Takes a left entry out of its bucket and frees its number.</summary>
    public void RemoveLeft(int number)
    {
        ref LeftEntry entry = ref session.Lefts[number];
        int next = entry.NextInBucket, prev = entry.PrevInBucket;
        if (next != 0)
        {
            session.Lefts[next].PrevInBucket = prev;
        }

        if (prev != 0)
        {
            session.Lefts[prev].NextInBucket = next;
        }
        else if (_tables is { } t)
        {
            t.Left[t.Slot(entry.Key)] = next;
        }
        else
        {
            _left = next;
        }

        session.Lefts.Remove(number);
        _count--;
    }

    /// <summary>Enters a fact in the right memory under <paramref name="key"/> and returns its entry's number.</summary>
    public int AddRight(FactHandle fact, object key, FactLink nextOfFact, int sizeHint = 0)
    {
        Tables? t = _tables;
        ref int head = ref t is not null ? ref t.Right[t.Slot(key)] : ref _right;
        int number = session.Rights.Add(new RightEntry(fact, key, nextOfFact) { NextInBucket = head });
        if (head != 0)
        {
            session.Rights[head].PrevInBucket = number;
        }

        head = number;
        Added(sizeHint);
        return number;
    }

    /// <summary>Takes an entry out of its bucket; it stays in the store (its pairs still point to it) until <see cref="FreeRight"/>.</summary>
    public void UnlinkRight(int number)
    {
        ref RightEntry entry = ref session.Rights[number];
        int next = entry.NextInBucket, prev = entry.PrevInBucket;
        if (next != 0)
        {
            session.Rights[next].PrevInBucket = prev;
        }

        if (prev != 0)
        {
            session.Rights[prev].NextInBucket = next;
        }
        else if (_tables is { } t)
        {
            t.Right[t.Slot(entry.Key)] = next;
        }
        else
        {
            _right = next;
        }

        entry.PrevInBucket = entry.NextInBucket = 0;
        _count--;
    }

    /// <summary>Returns an unlinked entry's number to the store.</summary>
    public void FreeRight(int number) => session.Rights.Remove(number);

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
        int leftList = 0;
        int rightList = 0;
        if (_tables is { } old)
        {
            // Gather every item into one list per side, then spread them again.
            for (int i = 0; i < old.Left.Length; i++)
            {
                for (int l = old.Left[i], next; l != 0; l = next)
                {
                    ref LeftEntry entry = ref session.Lefts[l];
                    next = entry.NextInBucket;
                    entry.NextInBucket = leftList;
                    leftList = l;
                }

                for (int e = old.Right[i], next; e != 0; e = next)
                {
                    ref RightEntry entry = ref session.Rights[e];
                    next = entry.NextInBucket;
                    entry.NextInBucket = rightList;
                    rightList = e;
                }
            }
        }
        else
        {
            (leftList, rightList) = (_left, _right);
            (_left, _right) = (0, 0);
        }

        var tables = new Tables(length);
        _tables = tables;
        for (int l = leftList, next; l != 0; l = next)
        {
            ref LeftEntry entry = ref session.Lefts[l];
            next = entry.NextInBucket;
            ref int head = ref tables.Left[tables.Slot(entry.Key)];
            entry.PrevInBucket = 0;
            entry.NextInBucket = head;
            if (head != 0)
            {
                session.Lefts[head].PrevInBucket = l;
            }

            head = l;
        }

        for (int e = rightList, next; e != 0; e = next)
        {
            ref RightEntry entry = ref session.Rights[e];
            next = entry.NextInBucket;
            ref int head = ref tables.Right[tables.Slot(entry.Key)];
            entry.PrevInBucket = 0;
            entry.NextInBucket = head;
            if (head != 0)
            {
                session.Rights[head].PrevInBucket = e;
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
