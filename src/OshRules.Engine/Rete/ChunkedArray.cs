namespace OshRules.Engine.Rete;

/// <summary>
/// The chunk size of the engine's chunked containers: the smallest power of two of items whose array is just over the
/// large-object threshold (85,000 bytes). A container that grows past one chunk is a large session's, and its chunks
/// then land on the large-object heap on purpose: there they are allocated old, so the collector never copies or
/// promotes them. A session of 200,000 workers built its tables and entries in small-object chunks before, and each
/// survived two collections, being copied each time.
/// </summary>
internal static class LargeChunk<T>
{
    public static readonly int Bits = System.Numerics.BitOperations.Log2(
        System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(85_000 / System.Runtime.CompilerServices.Unsafe.SizeOf<T>()) + 1));
}

/// <summary>A fixed-length array split into chunks (see <see cref="LargeChunk{T}"/>); a short one is a single array.</summary>
internal readonly struct ChunkedArray<T>
{
    private readonly T[][] _chunks;

    /// <summary>Creates <paramref name="length"/> empty slots; <paramref name="length"/> is a power of two.</summary>
    public ChunkedArray(int length)
    {
        Length = length;
        int chunkLength = Math.Min(length, 1 << LargeChunk<T>.Bits);
        _chunks = new T[(length + chunkLength - 1) / chunkLength][];
        for (int i = 0; i < _chunks.Length; i++)
        {
            _chunks[i] = new T[chunkLength];
        }
    }

    public int Length { get; }

    public ref T this[int index]
    {
        get
        {
            int bits = LargeChunk<T>.Bits;
            return ref _chunks[index >> bits][index & ((1 << bits) - 1)];
        }
    }
}

/// <summary>A growable list of values: a first array that doubles up to a chunk, then whole chunks (see <see cref="LargeChunk{T}"/>).</summary>
internal sealed class ChunkedList<T>(int capacityHint = 0)
{
    private static readonly int ChunkBits = LargeChunk<T>.Bits;
    private static readonly int ChunkSize = 1 << ChunkBits;
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
