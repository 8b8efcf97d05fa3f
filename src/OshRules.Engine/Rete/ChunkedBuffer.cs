namespace OshRules.Engine.Rete;

/// <summary>
/// Indexed storage that grows without large arrays: one array, doubling from small (most memories of a session of one
/// worker hold one or two items), up to a chunk (<see cref="ChunkSize{T}"/>); from then on, whole chunks, so growing
/// copies at most one chunk and allocates nothing on the large-object heap. A mutable struct, so that the memories that
/// hold one need no object of their own: keep it in a field and use it through that field (a copy is a read-only view
/// that stays valid until the original grows).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal struct ChunkedBuffer<T>
{
    private T[][]? _chunks;

    /// <summary>Gets the number of items the buffer holds without growing.</summary>
    public int Capacity { readonly get; private set; }

    /// <summary>Gets a reference to the item at <paramref name="index"/> (below <see cref="Capacity"/>).</summary>
    public readonly ref T this[int index]
    {
        get
        {
            int bits = ChunkSize<T>.Bits;
            return ref _chunks![index >> bits][index & ((1 << bits) - 1)];
        }
    }

    /// <summary>Grows the buffer to hold at least <paramref name="capacity"/> items: doubling while under a chunk, then whole chunks.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity <= Capacity)
        {
            return;
        }

        int chunkLength = ChunkSize<T>.Length;
        _chunks ??= [[]];
        if (capacity <= chunkLength)
        {
            int length = Math.Min(chunkLength, Math.Max(capacity, Capacity * 2));
            Array.Resize(ref _chunks[0], length);
            Capacity = length;
            return;
        }

        if (_chunks[0].Length < chunkLength)
        {
            Array.Resize(ref _chunks[0], chunkLength);
        }

        int chunks = (int)(((long)capacity + chunkLength - 1) / chunkLength);
        int had = Math.Max(1, Capacity / chunkLength);
        if (chunks > _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(chunks, _chunks.Length * 2));
        }

        for (int i = had; i < chunks; i++)
        {
            _chunks[i] = new T[chunkLength];
        }

        Capacity = chunks * chunkLength;
    }

    /// <summary>Resets the first <paramref name="count"/> items to their default.</summary>
    public readonly void Clear(int count)
    {
        int chunkLength = ChunkSize<T>.Length;
        for (int chunk = 0; count > 0; chunk++, count -= chunkLength)
        {
            Array.Clear(_chunks![chunk], 0, Math.Min(count, _chunks[chunk].Length));
        }
    }
}
