namespace OshRules.Engine.Rete;

/// <summary>
/// The storage of the engine's growable lists (<see cref="ChunkedList{T}"/>, <see cref="SlotStore{T}"/>): a first
/// array, made on the first <see cref="Add"/>, that doubles up to a chunk, then whole chunks (see
/// <see cref="ChunkSize{T}"/>). A mutable struct, so a store can live inside another object without an object of its
/// own: it must only be used through a reference (a field, a <c>ref</c> local), never copied.
/// </summary>
internal struct ChunkedBuffer<T>(int initialCapacity)
{
    private static readonly int ChunkBits = ChunkSize<T>.Bits;

    private T[]? _first;
    private T[]?[]? _chunks;

    public int Count { readonly get; private set; }

    /// <summary>The element at <paramref name="index"/>; a reference into a chunk, valid until the next <see cref="Add"/>.</summary>
    public readonly ref T this[int index]
    {
        get
        {
            int bits = ChunkBits;
            return ref index >> bits == 0 ? ref _first![index] : ref _chunks![(index >> bits) - 1]![index & ((1 << bits) - 1)];
        }
    }

    public void Add(in T item)
    {
        int index = Count;
        Reserve(index);
        this[index] = item;
        Count = index + 1;
    }

    /// <summary>Removes and returns the last element.</summary>
    public T Pop()
    {
        int index = --Count;
        ref T slot = ref this[index];
        T item = slot;
        slot = default!;
        return item;
    }

    private void Reserve(int index)
    {
        int bits = ChunkBits;
        int chunk = index >> bits;
        if (chunk == 0)
        {
            _first ??= new T[Math.Clamp(initialCapacity, 4, 1 << bits)];
            if (index == _first.Length)
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
