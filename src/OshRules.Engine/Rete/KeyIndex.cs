using System.Runtime.CompilerServices;

namespace OshRules.Engine.Rete;

/// <summary>
/// A hash index over the items of one node memory, by a key read from each item: the equality a join tests, or the
/// group a sub-network's match belongs to. Each key heads a chain of the items' slots in ascending order (a link per
/// slot, no list per key), so a lookup yields matches in the memory's own enumeration order. An item whose key could not
/// be read (its expression threw) is kept apart: a join that meets one evaluates its conditions pair by pair instead, as
/// NRules' runtime does, so that the same exception surfaces at the same moment. The typed index (<see cref="KeyIndex{T, TKey}"/>)
/// keeps its keys unboxed: a large session files tens of thousands of them.
/// </summary>
/// <typeparam name="T">The item type (facts or tuples).</typeparam>
internal abstract class KeyIndex<T>
    where T : class
{
    /// <summary>Gets a value indicating whether some item's key could not be read.</summary>
    public abstract bool HasFailedKeys { get; }

    /// <summary>Files an item under its key.</summary>
    public abstract void Add(T item, int slot);

    /// <summary>Unfiles the item in a slot.</summary>
    public abstract void Remove(int slot);

    /// <summary>Files an updated item again (its key may have changed).</summary>
    public void Rekey(T item, int slot)
    {
        Remove(slot);
        Add(item, slot);
    }

    /// <summary>The slots of one key, in ascending order.</summary>
    public readonly struct SlotChain(ChunkedBuffer<int> next, int head)
    {
        public Enumerator GetEnumerator() => new(next, head);

        public struct Enumerator(ChunkedBuffer<int> next, int head)
        {
            private int _current = -2;

            public readonly int Current => _current;

            public bool MoveNext()
            {
                _current = _current == -2 ? head : next[_current];
                return _current >= 0;
            }
        }
    }
}

/// <summary>A <see cref="KeyIndex{T}"/> whose keys are of type <typeparamref name="TKey"/> (null has a key of its own).</summary>
/// <typeparam name="T">The item type (facts or tuples).</typeparam>
/// <typeparam name="TKey">The key type.</typeparam>
internal sealed class KeyIndex<T, TKey>(Func<T, TKey> keyOf) : KeyIndex<T>
    where T : class
{
    private readonly ChunkedMap<IndexKey<TKey>, int> _heads = new();
    private ChunkedBuffer<IndexKey<TKey>> _keyBySlot;
    private ChunkedBuffer<int> _next;
    private int _failedCount;

    /// <inheritdoc/>
    public override bool HasFailedKeys => _failedCount > 0;

    /// <inheritdoc/>
    public override void Add(T item, int slot)
    {
        _ = _keyBySlot.GrowTo(slot);
        _ = _next.GrowTo(slot);
        IndexKey<TKey> key;
        try
        {
            key = IndexKey<TKey>.Of(keyOf(item));
        }
#pragma warning disable CA1031 // The failure is the item's, surfaced later as NRules would (see the type's summary).
        catch (Exception)
#pragma warning restore CA1031
        {
            _keyBySlot[slot] = IndexKey<TKey>.Failed;
            _failedCount++;
            return;
        }

        _keyBySlot[slot] = key;
        ref int head = ref _heads.GetValueRefOrAddDefault(key, out bool exists);
        if (!exists || slot < head)
        {
            _next[slot] = exists ? head : -1;
            head = slot;
            return;
        }

        // Keep the chain ascending: new items usually take the highest slot and go last.
        int at = head;
        while (_next[at] >= 0 && _next[at] < slot)
        {
            at = _next[at];
        }

        _next[slot] = _next[at];
        _next[at] = slot;
    }

    /// <inheritdoc/>
    public override void Remove(int slot)
    {
        IndexKey<TKey> key = _keyBySlot[slot];
        _keyBySlot[slot] = default;
        if (key.IsFailed)
        {
            _failedCount--;
            return;
        }

        ref int head = ref _heads.GetValueRefOrAddDefault(key, out _);
        if (head == slot)
        {
            if (_next[slot] >= 0)
            {
                head = _next[slot];
            }
            else
            {
                _heads.Remove(key);
            }

            return;
        }

        int at = head;
        while (_next[at] != slot)
        {
            at = _next[at];
        }

        _next[at] = _next[slot];
    }

    /// <summary>Gets the slots filed under a key, in ascending order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SlotChain Find(TKey key) => new(_next, _heads.TryGetValue(IndexKey<TKey>.Of(key), out int head) ? head : -1);
}

/// <summary>A key as an index files it: a value, null (a key of its own), or a key that could not be read.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
internal readonly struct IndexKey<TKey> : IEquatable<IndexKey<TKey>>
{
    private const byte ValueKind = 1;
    private const byte NullKind = 2;
    private const byte FailedKind = 3;

    private readonly TKey _value;
    private readonly byte _kind;

    private IndexKey(TKey value, byte kind)
    {
        _value = value;
        _kind = kind;
    }

    /// <summary>Gets the key of an item whose key expression threw.</summary>
    public static IndexKey<TKey> Failed => new(default!, FailedKind);

    public bool IsFailed => _kind == FailedKind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexKey<TKey> Of(TKey value) => value is null ? new(default!, NullKind) : new(value, ValueKind);

    public bool Equals(IndexKey<TKey> other) =>
        _kind == other._kind && (_kind != ValueKind || EqualityComparer<TKey>.Default.Equals(_value, other._value));

    public override bool Equals(object? obj) => obj is IndexKey<TKey> other && Equals(other);

    public override int GetHashCode() => _kind == ValueKind ? EqualityComparer<TKey>.Default.GetHashCode(_value!) : _kind;
}

/// <summary>What a memory indexes its items by: a key expression of a known type, and the index it makes.</summary>
/// <typeparam name="T">The item type (facts or tuples).</typeparam>
internal abstract class IndexDefinition<T>
    where T : class
{
    /// <summary>
    /// Gets the key expression, a lambda of the compiler's shared item parameter, by which equal keys of different joins
    /// are recognised (<see cref="Register"/>); null for a key no other join shares.
    /// </summary>
    public System.Linq.Expressions.LambdaExpression? Expression { get; init; }

    /// <summary>
    /// Adds <paramref name="key"/> to a memory's keys unless an equal key (the same expression, by
    /// <see cref="ExpressionComparer"/>) is there already, and returns the number of the index that serves it. Joins of
    /// different rules on the same key of the same memory thus share one index: each index is kept up to date at every
    /// change of the memory, and the same key of the same items files them the same way.
    /// </summary>
    /// <param name="keys">The memory's keys.</param>
    /// <param name="key">The key a join needs.</param>
    public static int Register(List<IndexDefinition<T>> keys, IndexDefinition<T> key)
    {
        if (key.Expression is { } expression)
        {
            int same = keys.FindIndex(k => k.Expression is { } other && ExpressionComparer.AreKnownEqual(other, expression));
            if (same >= 0)
            {
                return same;
            }
        }

        keys.Add(key);
        return keys.Count - 1;
    }

    /// <summary>Makes an empty index of this key.</summary>
    public abstract KeyIndex<T> NewIndex();
}

/// <summary>An <see cref="IndexDefinition{T}"/> whose keys are of type <typeparamref name="TKey"/>.</summary>
/// <typeparam name="T">The item type (facts or tuples).</typeparam>
/// <typeparam name="TKey">The key type.</typeparam>
internal sealed class IndexDefinition<T, TKey>(Func<T, TKey> keyOf) : IndexDefinition<T>
    where T : class
{
    public Func<T, TKey> KeyOf { get; } = keyOf;

    /// <inheritdoc/>
    public override KeyIndex<T> NewIndex() => new KeyIndex<T, TKey>(KeyOf);
}
