using System.Numerics;

namespace OshRules.Engine.Rete;

/// <summary>
/// A session's state of one beta node: left tokens and right facts, each kept in intrusive doubly-linked buckets (the
/// right facts are entries in the session's store, <see cref="SlotStore{T}"/>, linked by number).
/// An indexed node starts with one bucket per side (a small session never pays for tables) and switches to hash
/// buckets once the two sides hold more than <see cref="HashThreshold"/> items. A bucket may hold several keys (the
/// tables are power-of-two arrays of bucket heads, kept in <see cref="ChunkedArray{T}"/> chunks), so the node always
/// compares keys.
/// </summary>
internal sealed class BetaMemory(bool indexed, SlotStore<RightEntry> rights)
{
    private const int HashThreshold = 8;

    // Upper bound of the presized tables: a larger memory grows as usual, a smaller one never over-allocates much.
    private const int MaxPresize = 1 << 20;

    private BetaToken? _left;
    private int _right;
    private int _count;
    // The hash tables exist only once the memory has grown past the threshold: most memories of a small session never do.
    private Tables? _tables;

    /// <summary>Whether buckets may hold other keys, so the node must compare keys.</summary>
    public bool NeedsKeyCheck => indexed;

    public BetaToken? LeftBucket(object key) => _tables is { } t ? t.Left[t.Slot(key)] : _left;

    /// <summary>The number of the first right entry in <paramref name="key"/>'s bucket (0 when it is empty).</summary>
    public int RightBucket(object key) => _tables is { } t ? t.Right[t.Slot(key)] : _right;

    /// <summary>The session's store of right entries.</summary>
    public SlotStore<RightEntry> Rights => rights;

    /// <summary>The right entry numbered <paramref name="number"/>.</summary>
    public ref RightEntry Right(int number) => ref rights[number];

    public void AddLeft(BetaToken token, int sizeHint = 0)
    {
        Tables? t = _tables;
        ref BetaToken? head = ref t is not null ? ref t.Left[t.Slot(token.Key!)] : ref _left;
        token.NextInBucket = head;
        if (head is not null)
        {
            head.PrevInBucket = token;
        }

        head = token;
        Added(sizeHint);
    }

    public void RemoveLeft(BetaToken token)
    {
        BetaToken? next = token.NextInBucket;
        if (next is not null)
        {
            next.PrevInBucket = token.PrevInBucket;
        }

        if (token.PrevInBucket is { } prev)
        {
            prev.NextInBucket = next;
        }
        else if (_tables is { } t)
        {
            t.Left[t.Slot(token.Key!)] = next;
        }
        else
        {
            _left = next;
        }

        token.PrevInBucket = token.NextInBucket = null;
        _count--;
    }

    /// <summary>Enters a fact in the right memory under <paramref name="key"/> and returns its entry's number.</summary>
    public int AddRight(FactHandle fact, object key, FactLink nextOfFact, int sizeHint = 0)
    {
        Tables? t = _tables;
        ref int head = ref t is not null ? ref t.Right[t.Slot(key)] : ref _right;
        int number = rights.Add(new RightEntry(fact, key, nextOfFact) { NextInBucket = head });
        if (head != 0)
        {
            rights[head].PrevInBucket = number;
        }

        head = number;
        Added(sizeHint);
        return number;
    }

    /// <summary>Takes an entry out of its bucket; it stays in the store (its pairs still point to it) until <see cref="FreeRight"/>.</summary>
    public void UnlinkRight(int number)
    {
        ref RightEntry entry = ref rights[number];
        int next = entry.NextInBucket, prev = entry.PrevInBucket;
        if (next != 0)
        {
            rights[next].PrevInBucket = prev;
        }

        if (prev != 0)
        {
            rights[prev].NextInBucket = next;
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
    public void FreeRight(int number) => rights.Remove(number);

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
        BetaToken? lefts = null;
        int rightList = 0;
        if (_tables is { } old)
        {
            // Gather every item into one list per side, then spread them again.
            for (int i = 0; i < old.Left.Length; i++)
            {
                for (BetaToken? t = old.Left[i], next; t is not null; t = next)
                {
                    next = t.NextInBucket;
                    t.NextInBucket = lefts;
                    lefts = t;
                }

                for (int e = old.Right[i], next; e != 0; e = next)
                {
                    ref RightEntry entry = ref rights[e];
                    next = entry.NextInBucket;
                    entry.NextInBucket = rightList;
                    rightList = e;
                }
            }
        }
        else
        {
            (lefts, rightList) = (_left, _right);
            (_left, _right) = (null, 0);
        }

        var tables = new Tables(length);
        _tables = tables;
        for (BetaToken? t = lefts, next; t is not null; t = next)
        {
            next = t.NextInBucket;
            ref BetaToken? head = ref tables.Left[tables.Slot(t.Key!)];
            t.PrevInBucket = null;
            t.NextInBucket = head;
            if (head is not null)
            {
                head.PrevInBucket = t;
            }

            head = t;
        }

        for (int e = rightList, next; e != 0; e = next)
        {
            ref RightEntry entry = ref rights[e];
            next = entry.NextInBucket;
            ref int head = ref tables.Right[tables.Slot(entry.Key)];
            entry.PrevInBucket = 0;
            entry.NextInBucket = head;
            if (head != 0)
            {
                rights[head].PrevInBucket = e;
            }

            head = e;
        }
    }

    /// <summary>The bucket heads of both sides, of one power-of-two length.</summary>
    private sealed class Tables(int length)
    {
        private readonly int _mask = length - 1;

        public ChunkedArray<BetaToken?> Left { get; } = new(length);

        // Numbers of right entries: an array of integers the collector never traces.
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
