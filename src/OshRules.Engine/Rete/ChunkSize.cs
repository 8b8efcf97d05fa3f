namespace OshRules.Engine.Rete;

/// <summary>
/// The chunk length of the engine's chunked containers (<see cref="ChunkedBuffer{T}"/>, <see cref="ChunkedMap{TKey, TValue}"/>):
/// the largest power of two of items whose array stays under the large-object threshold (85,000 bytes). A session of
/// tens of thousands of facts thus allocates no large objects: every large-object allocation counts against a budget
/// whose overrun starts a collection of the whole heap, and a growing table that doubles into ever larger arrays
/// overruns it several times per large session.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal static class ChunkSize<T>
{
    private const int LargeObjectThreshold = 85_000;

    // An array's header and length take 24 bytes on 64-bit runtimes; 32 leaves room.
    private const int ArrayOverhead = 32;

    // Computed from the item's size, which the JIT knows even in code shared between reference types, so that each use
    // folds to a constant instead of reading a static field through the generic context.

    /// <summary>Gets log2 of the number of items in a chunk.</summary>
    public static int Bits
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => System.Numerics.BitOperations.Log2(
            (uint)((LargeObjectThreshold - ArrayOverhead) / System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
    }

    /// <summary>Gets the number of items in a chunk.</summary>
    public static int Length
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => 1 << Bits;
    }
}
