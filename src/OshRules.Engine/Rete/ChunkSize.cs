namespace OshRules.Engine.Rete;

/// <summary>
/// The chunk length of the engine's chunked containers (<see cref="ChunkedBuffer{T}"/>, <see cref="ChunkedMap{TKey, TValue}"/>):
/// the largest power of two of items whose array fits in 16 KB. Chunks stay far below the large-object threshold (85,000
/// bytes), so a session of tens of thousands of facts allocates no large objects: every large-object allocation counts
/// against a budget whose overrun starts a collection of the whole heap. They are not larger because a container's
/// last chunk is mostly empty and its first grows by doubling up to a chunk: with 64 KB chunks those two wastes come to
/// about a tenth of what the 20,000-worker benchmark session allocates, and the collector copies what a session keeps
/// from generation to generation.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal static class ChunkSize<T>
{
    private const int ChunkBytes = 16 * 1024;

    // An array's header and length take 24 bytes on 64-bit runtimes; 32 leaves room.
    private const int ArrayOverhead = 32;

    // Computed from the item's size, which the JIT knows even in code shared between reference types, so that each use
    // folds to a constant instead of reading a static field through the generic context.

    /// <summary>Gets log2 of the number of items in a chunk.</summary>
    public static int Bits
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => System.Numerics.BitOperations.Log2(
            (uint)((ChunkBytes - ArrayOverhead) / System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
    }

    /// <summary>Gets the number of items in a chunk.</summary>
    public static int Length
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => 1 << Bits;
    }
}
