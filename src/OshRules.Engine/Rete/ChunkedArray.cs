namespace OshRules.Engine.Rete;

/// <summary>
/// The chunk size of the engine's chunked containers: the largest power of two of items whose array stays under the
/// large-object threshold (85,000 bytes), 64 KB for most entries. Chunks are thus ordinary young objects: a large
/// session's are promoted once or twice like its other objects, but allocating them never counts against the
/// large-object budget, whose overrun starts a full blocking collection of the whole heap.
/// </summary>
/// <remarks>
/// Chunks just over the threshold were tried (fourth session): allocated old, they are never copied, which looked like
/// the better deal. Measured again after working memory got its filter (fifth session), three runs of each build,
/// alternating: with small-object chunks the 20k session took 20–22 ms instead of 24–25 (batch GC; 18–22 against 25
/// with the default collector), the 200k one 257–316 ms instead of 319–359 (batch) and 468–553 instead of 546–606
/// (default), and the 1M one 4.2–4.8 s against 4.1–5.2 s, the same within the noise, with the same peak memory.
/// </remarks>
internal static class ChunkSize<T>
{
    /// <summary>Log2 of the number of items in a chunk.</summary>
    public static readonly int Bits = System.Numerics.BitOperations.Log2(
        (uint)((85_000 - 32) / System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
}

/// <summary>A fixed-length array split into chunks (see <see cref="ChunkSize{T}"/>); a short one is a single array.</summary>
internal readonly struct ChunkedArray<T>
{
    private readonly T[][] _chunks;

    /// <summary>Creates <paramref name="length"/> empty slots; <paramref name="length"/> is a power of two.</summary>
    public ChunkedArray(int length)
    {
        Length = length;
        int chunkLength = Math.Min(length, 1 << ChunkSize<T>.Bits);
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
            int bits = ChunkSize<T>.Bits;
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
