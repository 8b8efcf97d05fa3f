namespace OshRules.Engine.Rete;

/// <summary>
/// A session's state of one beta node: left tokens and right facts, each kept in intrusive doubly-linked buckets.
/// An indexed node starts with one bucket per side (a small session never pays for dictionaries; the node then
/// compares keys itself) and switches to hash buckets once either side grows past <see cref="HashThreshold"/>.
/// </summary>
internal sealed class BetaMemory(bool indexed)
{
    private const int HashThreshold = 8;

    // Upper bound of the presized hash buckets: a larger memory grows as usual, a smaller one never over-allocates much.
    private const int MaxPresize = 1 << 16;

    private BetaToken? _left;
    private RightEntry? _right;
    private int _count;
    private Dictionary<object, BetaToken>? _leftIndex;
    private Dictionary<object, RightEntry>? _rightIndex;

    /// <summary>Whether buckets may hold other keys, so the node must compare keys.</summary>
    public bool NeedsKeyCheck => indexed && _leftIndex is null;

    public BetaToken? LeftBucket(object key) =>
        _leftIndex is null ? _left : _leftIndex.GetValueOrDefault(key);

    public RightEntry? RightBucket(object key) =>
        _rightIndex is null ? _right : _rightIndex.GetValueOrDefault(key);

    public void AddLeft(BetaToken token, int sizeHint = 0)
    {
        if (_leftIndex is null)
        {
            token.NextInBucket = _left;
            if (_left is not null)
            {
                _left.PrevInBucket = token;
            }

            _left = token;
            if (indexed && ++_count > HashThreshold)
            {
                Rehash(sizeHint);
            }

            return;
        }

        ref BetaToken? head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_leftIndex, token.Key!, out _);
        token.NextInBucket = head;
        if (head is not null)
        {
            head.PrevInBucket = token;
        }

        head = token;
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
        else if (_leftIndex is null)
        {
            _left = next;
        }
        else if (next is null)
        {
            _leftIndex.Remove(token.Key!);
        }
        else
        {
            _leftIndex[token.Key!] = next;
        }

        token.PrevInBucket = token.NextInBucket = null;
        if (_leftIndex is null && indexed)
        {
            _count--;
        }
    }

    public void AddRight(RightEntry entry, int sizeHint = 0)
    {
        if (_rightIndex is null)
        {
            entry.NextInBucket = _right;
            if (_right is not null)
            {
                _right.PrevInBucket = entry;
            }

            _right = entry;
            if (indexed && ++_count > HashThreshold)
            {
                Rehash(sizeHint);
            }

            return;
        }

        ref RightEntry? head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_rightIndex, entry.Key, out _);
        entry.NextInBucket = head;
        if (head is not null)
        {
            head.PrevInBucket = entry;
        }

        head = entry;
    }

    public void RemoveRight(RightEntry entry)
    {
        RightEntry? next = entry.NextInBucket;
        if (next is not null)
        {
            next.PrevInBucket = entry.PrevInBucket;
        }

        if (entry.PrevInBucket is { } prev)
        {
            prev.NextInBucket = next;
        }
        else if (_rightIndex is null)
        {
            _right = next;
        }
        else if (next is null)
        {
            _rightIndex.Remove(entry.Key);
        }
        else
        {
            _rightIndex[entry.Key] = next;
        }

        entry.PrevInBucket = entry.NextInBucket = null;
        if (_rightIndex is null && indexed)
        {
            _count--;
        }
    }

    private void Rehash(int sizeHint)
    {
        BetaToken? left = _left;
        RightEntry? right = _right;
        _left = null;
        _right = null;
        // Size the hashes from the hint (the session's working-memory size; half of it, bounded) so a large batch does not pay for the
        // repeated doubling (and its large-object-heap garbage) of two dictionaries per node.
        int capacity = Math.Clamp(sizeHint / 2, 2 * HashThreshold, MaxPresize);
        _leftIndex = new(capacity);
        _rightIndex = new(capacity);
        while (left is not null)
        {
            BetaToken? next = left.NextInBucket;
            left.PrevInBucket = left.NextInBucket = null;
            AddLeft(left);
            left = next;
        }

        while (right is not null)
        {
            RightEntry? next = right.NextInBucket;
            right.PrevInBucket = right.NextInBucket = null;
            AddRight(right);
            right = next;
        }
    }
}
