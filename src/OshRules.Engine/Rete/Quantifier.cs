namespace OshRules.Engine.Rete;

/// <summary>
/// How many right facts match a left tuple of a Not or Exists node, kept on the tuple. Immutable, and shared for the
/// small counts nearly every tuple has: a session of tens of thousands of workers keeps no object per tuple for them.
/// </summary>
internal sealed class Quantifier
{
    private const int Shared = 64;
    private static readonly Quantifier[] SharedCounts = [.. Enumerable.Range(0, Shared).Select(n => new Quantifier(n))];

    private Quantifier(int value)
    {
        Value = value;
    }

    /// <summary>Gets the number of matching facts.</summary>
    public int Value { get; }

    /// <summary>Gets the quantifier for <paramref name="value"/> matches (never negative).</summary>
    public static Quantifier Of(int value) => (uint)value < Shared ? SharedCounts[value] : new Quantifier(value);
}
