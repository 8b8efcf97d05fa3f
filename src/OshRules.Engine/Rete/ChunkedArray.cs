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

/// <summary>A growable list of values, as an object of its own (see <see cref="ChunkedBuffer{T}"/>).</summary>
internal sealed class ChunkedList<T>(int capacityHint = 0)
{
    private ChunkedBuffer<T> _items = new(capacityHint);

    public int Count => _items.Count;

    public ref T this[int index] => ref _items[index];

    public void Add(T item) => _items.Add(item);

    /// <summary>Removes and returns the last element.</summary>
    public T Pop() => _items.Pop();
}
