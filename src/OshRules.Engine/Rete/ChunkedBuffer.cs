using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            // The first chunk is what small sessions ever use: one comparison, as for an array. The reference is taken
            // past the array's covariance check (an array of T is never an array of a type derived from T here, but a
            // 'ref first[index]' of a reference type would check it at every access).
            T[]? first = _first;
            if (first is not null && (uint)index < (uint)first.Length)
            {
                return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(first), (nint)(uint)index);
            }

            return ref InLaterChunk(index);
        }
    }

    /// <summary>Grows the buffer to hold at least <paramref name="capacity"/> items: doubling while under a chunk, then whole chunks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureCapacity(int capacity)
    {
        if (capacity > Capacity)
        {
            Grow(capacity);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int capacity)
    {
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

    /// <summary>Gets the one array that holds the first <paramref name="count"/> items, or null when they span chunks.</summary>
    public readonly T[]? SingleArray(int count) => _first is { } first && count <= first.Length ? first : null;

    /// <summary>
    /// Gets a reference to the item at <paramref name="index"/>, growing the buffer first if it is that short (as
    /// <see cref="EnsureCapacity"/> grows it, to at least <paramref name="minimum"/> items): what an append does, in one
    /// comparison while the first chunk has room.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref T GrowTo(int index, int minimum = 1)
    {
        T[]? first = _first;
        if (first is not null && (uint)index < (uint)first.Length)
        {
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(first), (nint)(uint)index);
        }

        return ref GrowToSlow(index, minimum);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref T GrowToSlow(int index, int minimum)
    {
        EnsureCapacity(Math.Max(index + 1, minimum));
        return ref this[index];
    }

    // Inlined: with chunks of 16 KB most reads of a large memory land past the first chunk.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ref T InLaterChunk(int index)
    {
        int bits = ChunkSize<T>.Bits;
        T[] chunk = _rest![(index >> bits) - 1];

        // Every later chunk is a whole chunk long, so the masked index is within it.
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(chunk), (nint)(uint)(index & ((1 << bits) - 1)));
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
