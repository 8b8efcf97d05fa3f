namespace OshRules.Engine.Rete;

/// <summary>
/// What lets a large <see cref="WorkingMemory"/> enter a new fact without reading its bucket: a bit array that says
/// which facts are certainly new, and the numbers of the entries waiting to be linked into their buckets.
/// </summary>
/// <remarks>
/// The bits are a blocked Bloom filter: each fact sets three bits of one 64-bit word, the word and the bits chosen by its
/// hash, one word per eight buckets of the table. A fact with any of its bits clear was never remembered, so it is
/// certainly not in working memory; one with all three set may be (with eight to sixteen bits per fact, a few in a
/// hundred new facts are). Bits are never cleared: working memory makes a new filter once enough facts left.
/// </remarks>
internal sealed class FactFilter
{
    /// <summary>The most entries that wait to join their buckets.</summary>
    public const int PendingLimit = 1024;

    private readonly ulong[] _words;
    private readonly int _shift;
    private readonly int[] _pending = new int[PendingLimit];

    /// <summary>Creates an empty filter for a table of <paramref name="buckets"/> buckets (a power of two, at least 64).</summary>
    public FactFilter(int buckets)
    {
        Buckets = buckets;
        _words = new ulong[buckets / 8];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)_words.Length);
    }

    /// <summary>Gets the size of the table this filter was made for.</summary>
    public int Buckets { get; }

    /// <summary>Gets or sets how many facts left working memory since the filter was made (their bits are still set).</summary>
    public int RemovedSince { get; set; }

    /// <summary>Gets the numbers of the entries waiting to be linked, oldest first.</summary>
    public ReadOnlySpan<int> Pending => _pending.AsSpan(0, PendingCount);

    private int PendingCount { get; set; }

    /// <summary>Whether a fact of this hash may be in working memory (false: it certainly is not).</summary>
    public bool MayContain(int hash)
    {
        ulong bits = Bits(hash, out ulong mixed);
        return (_words[mixed >> _shift] & bits) == bits;
    }

    /// <summary>Sets the bits of a fact of this hash.</summary>
    public void Remember(int hash)
    {
        ulong bits = Bits(hash, out ulong mixed);
        _words[mixed >> _shift] |= bits;
    }

    /// <summary>Adds the entry numbered <paramref name="slot"/> to those waiting.</summary>
    /// <returns>Whether the waiting list is now full (then link them).</returns>
    public bool Wait(int slot)
    {
        _pending[PendingCount++] = slot;
        return PendingCount == PendingLimit;
    }

    /// <summary>Forgets the waiting entries (they were linked).</summary>
    public void ClearPending() => PendingCount = 0;

    /// <summary>Clears every bit, for a filter made again from the facts left.</summary>
    public void ClearBits()
    {
        Array.Clear(_words);
        RemovedSince = 0;
    }

    // The word is chosen by the top bits of the mixed hash, the three bits by its low ones.
    private static ulong Bits(int hash, out ulong mixed)
    {
        mixed = unchecked((uint)hash * 0x9E3779B97F4A7C15UL);
        return (1UL << (int)(mixed & 63)) | (1UL << (int)((mixed >> 6) & 63)) | (1UL << (int)((mixed >> 12) & 63));
    }
}
