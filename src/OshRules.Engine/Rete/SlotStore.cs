namespace OshRules.Engine.Rete;

/// <summary>
/// A session's items of one kind kept as structs and addressed by number (from 1; 0 means none), the numbers of removed
/// items reused. The first chunk grows by doubling; once it is full, whole chunks are added (<see cref="LargeChunk{T}"/>),
/// so in a large session the items are not objects the collector marks and promotes one by one, but a few arrays it
/// never copies. In a session of 200,000 workers the right entries alone were half a million objects, all promoted
/// twice by the time the session ended.
/// </summary>
/// <typeparam name="T">The item: a struct whose default value holds no reference.</typeparam>
internal sealed class SlotStore<T>
    where T : struct
{
    private static readonly int ChunkBits = LargeChunk<T>.Bits;

    private T[] _first;
    private T[]?[] _chunks = [];
    private int _next = 1;
    private ChunkedList<int>? _free;

    /// <summary>Creates a store whose first chunk holds <paramref name="capacityHint"/> items before it grows.</summary>
    public SlotStore(int capacityHint) => _first = new T[Math.Clamp(capacityHint + 1, 4, 1 << ChunkBits)];

    /// <summary>Gets how many items the store holds.</summary>
    public int Count => _next - 1 - (_free?.Count ?? 0);

    /// <summary>The item numbered <paramref name="number"/>; a reference into a chunk, valid until the next <see cref="Add"/>.</summary>
    public ref T this[int number]
    {
        get
        {
            int bits = ChunkBits;
            return ref number >> bits == 0 ? ref _first[number] : ref _chunks[(number >> bits) - 1]![number & ((1 << bits) - 1)];
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
            number = _next++;
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
            if (number == _first.Length)
            {
                Array.Resize(ref _first, Math.Min(_first.Length * 2, 1 << bits));
            }

            return;
        }

        if (chunk > _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
        }

        _chunks[chunk - 1] ??= new T[1 << bits];
    }
}
