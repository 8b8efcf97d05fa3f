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
    // The first chunk, short while it grows; the others, kept apart (and counted by their array's length) so that a
    // small buffer is one array and two fields: each node memory of every session holds a few.
    private T[]? _first;
    private T[][]? _rest;

    /// <summary>Gets the number of items the buffer holds without growing.</summary>
    public readonly int Capacity => (_first?.Length ?? 0) + ((_rest?.Length ?? 0) << ChunkSize<T>.Bits);

    /// <summary>Gets a reference to the item at <paramref name="index"/> (below <see cref="Capacity"/>).</summary>
    public readonly ref T this[int index]
    {
        get
        {
            int bits = ChunkSize<T>.Bits;
            int chunk = index >> bits;
            return ref chunk == 0 ? ref _first![index] : ref _rest![chunk - 1][index & ((1 << bits) - 1)];
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
        if (capacity <= chunkLength)
        {
            Array.Resize(ref _first, Math.Min(chunkLength, Math.Max(capacity, Capacity * 2)));
            return;
        }

        if ((_first?.Length ?? 0) < chunkLength)
        {
            Array.Resize(ref _first, chunkLength);
        }

        int had = _rest?.Length ?? 0;
        int more = (int)(((long)capacity + chunkLength - 1) / chunkLength) - 1;
        Array.Resize(ref _rest, more);
        for (int i = had; i < more; i++)
        {
            _rest[i] = new T[chunkLength];
        }
    }

    /// <summary>Resets the first <paramref name="count"/> items to their default.</summary>
    public readonly void Clear(int count)
    {
        if (count <= 0)
        {
            return;
        }

        Array.Clear(_first!, 0, Math.Min(count, _first!.Length));
        int chunkLength = ChunkSize<T>.Length;
        for (int chunk = 0; (count -= chunkLength) > 0; chunk++)
        {
            Array.Clear(_rest![chunk], 0, Math.Min(count, chunkLength));
        }
    }
}
