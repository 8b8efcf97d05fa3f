namespace OshRules.Engine.Rete;

/// <summary>
/// A session's items of one kind kept as structs and addressed by number (from 1; 0 means none), the numbers of removed
/// items reused. The first chunk grows by doubling; once it is full, whole chunks are added (<see cref="LargeChunk{T}"/>),
/// so in a large session the items are not objects the collector marks and promotes one by one, but a few arrays it
/// never copies. In a session of 200,000 workers the right entries alone were half a million objects, all promoted
/// twice by the time the session ended.
/// </summary>
/// <remarks>
/// A mutable struct, kept as a field of the session (one object less per store and session, which counts in a session
/// of one worker): it must only ever be used through a reference (<c>ref</c> locals, the session's ref properties),
/// never copied, or an <see cref="Add"/> on the copy would be lost.
/// </remarks>
/// <typeparam name="T">The item: a struct whose default value holds no reference.</typeparam>
internal struct SlotStore<T>
    where T : struct
{
    private static readonly int ChunkBits = LargeChunk<T>.Bits;

    private readonly int _capacityHint;
    private T[]? _first;
    private T[]?[]? _chunks;
    private int _used;
    private ChunkedList<int>? _free;

    /// <summary>Creates an empty store whose first chunk, made by the first <see cref="Add"/>, holds <paramref name="capacityHint"/> items before it grows.</summary>
    public SlotStore(int capacityHint) => _capacityHint = capacityHint;

    /// <summary>Gets how many items the store holds.</summary>
    public readonly int Count => _used - (_free?.Count ?? 0);

    /// <summary>The item numbered <paramref name="number"/>; a reference into a chunk, valid until the next <see cref="Add"/>.</summary>
    public readonly ref T this[int number]
    {
        get
        {
            int bits = ChunkBits;
            return ref number >> bits == 0 ? ref _first![number] : ref _chunks![(number >> bits) - 1]![number & ((1 << bits) - 1)];
        }
    }

    /// <summary>Stores <paramref name="item"/> and returns its number.</summary>
    public int Add(in T item)
    {
        int number;
        if (_free is { Count: > 0 })
        {
            number = _free.Pop();
        }
        else
        {
            number = ++_used;
            Reserve(number);
        }

        this[number] = item;
        return number;
    }

    /// <summary>Removes the item numbered <paramref name="number"/> (its references are cleared) and frees the number.</summary>
    public void Remove(int number)
    {
        this[number] = default;
        (_free ??= new ChunkedList<int>()).Add(number);
    }

    private void Reserve(int number)
    {
        int bits = ChunkBits;
        int chunk = number >> bits;
        if (chunk == 0)
        {
            // Room for a quarter more than the hint (the last similar session's count at its end): a session usually
            // peaks above the count it ends with.
            _first ??= new T[Math.Clamp(_capacityHint + (_capacityHint >> 2) + 4, 4, 1 << bits)];
            if (number == _first.Length)
            {
                Array.Resize(ref _first, Math.Min(_first.Length * 2, 1 << bits));
            }

            return;
        }

        if (chunk > (_chunks?.Length ?? 0))
        {
            Array.Resize(ref _chunks, Math.Max(4, (_chunks?.Length ?? 0) * 2));
        }

        _chunks![chunk - 1] ??= new T[1 << bits];
    }
}
