namespace OshRules.Engine.Rete;

/// <summary>
/// A fixed-length array split into chunks of at most 8,192 slots (64 KiB of references), so that no chunk lands on the
/// large-object heap. A large session would otherwise allocate its hash tables there, and every large-object
/// allocation counts towards the budget that triggers a full (generation 2) collection of the whole working memory.
/// </summary>
internal readonly struct ChunkedArray<T>
{
    private const int ChunkBits = 13;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly T[][] _chunks;

    /// <summary>Creates <paramref name="length"/> empty slots; <paramref name="length"/> is a power of two.</summary>
    public ChunkedArray(int length)
    {
        Length = length;
        int chunkLength = Math.Min(length, ChunkSize);
        _chunks = new T[(length + chunkLength - 1) / chunkLength][];
        for (int i = 0; i < _chunks.Length; i++)
        {
            _chunks[i] = new T[chunkLength];
        }
    }

    public int Length { get; }

    public ref T this[int index] => ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];
}

/// <summary>A growable list of values kept in chunks of at most 4,096 elements (see <see cref="ChunkedArray{T}"/>).</summary>
internal sealed class ChunkedList<T>(int capacityHint = 0)
{
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private T[][] _chunks = [];
    private T[] _first = new T[Math.Clamp(capacityHint, 0, ChunkSize)];

    public int Count { get; private set; }

    public ref T this[int index] => ref index < ChunkSize ? ref _first[index] : ref _chunks[(index >> ChunkBits) - 1][index & (ChunkSize - 1)];

    public void Add(T item)
    {
        int index = Count;
        if (index < ChunkSize)
        {
            if (index == _first.Length)
            {
                Array.Resize(ref _first, Math.Clamp(_first.Length * 2, 4, ChunkSize));
            }

            _first[index] = item;
        }
        else
        {
            int chunk = (index >> ChunkBits) - 1;
            if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
            }

            (_chunks[chunk] ??= new T[ChunkSize])[index & (ChunkSize - 1)] = item;
        }

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
}
