using NRules.RuleModel;

namespace OshRules.Evaluation;

/// <summary>
/// Facts as a rule session tells them apart (會談中之事實識別): by <see cref="IIdentityProvider.GetIdentity"/> when the
/// fact provides one, otherwise by its own <c>Equals</c> and <c>GetHashCode</c>, and never equal across types, as
/// NRules' working memory does.
/// </summary>
internal sealed class SessionFacts : IEqualityComparer<object>
{
    // A case of a few facts is checked pair by pair: facts of different types differ at the first comparison, which is
    // cheaper than hashing every fact by value (its strings included).
    private const int PairwiseUpTo = 24;

    [ThreadStatic]
    private static HashSet<object>? seen;

    private SessionFacts()
    {
    }

    /// <summary>The comparer.</summary>
    public static SessionFacts Identity { get; } = new();

    /// <summary>The facts without later copies of a fact already listed, in order; the list itself when it has none.</summary>
    /// <param name="facts">The case's facts.</param>
    /// <returns>The facts, each once.</returns>
    public static IReadOnlyList<object> Distinct(IReadOnlyList<object> facts)
    {
        if (facts.Count <= PairwiseUpTo && !HasRepeat(facts))
        {
            return facts;
        }

        var set = seen ??= new HashSet<object>(Identity);
        try
        {
            for (var i = 0; i < facts.Count; i++)
            {
                if (!set.Add(facts[i]))
                {
                    return Copy(facts, set, i);
                }
            }

            return facts;
        }
        finally
        {
            set.Clear();
        }
    }

    private static bool HasRepeat(IReadOnlyList<object> facts)
    {
        // Each fact's type is read once: facts of different types are never the same fact, so only facts of one type are
        // compared by value.
        Span<nint> types = stackalloc nint[facts.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = facts[i] is { } fact ? Type.GetTypeHandle(fact).Value : 0;
        }

        for (var i = 1; i < types.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (types[j] == types[i] && Identity.Equals(facts[j], facts[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public new bool Equals(object? x, object? y) => x?.GetType() == y?.GetType() && object.Equals(IdentityOf(x), IdentityOf(y));

    /// <inheritdoc/>
    public int GetHashCode(object obj) => IdentityOf(obj)?.GetHashCode() ?? 0;

    private static object? IdentityOf(object? fact) => fact is IIdentityProvider provider ? provider.GetIdentity() : fact;

    // The first repeat is at `at`: keep what came before it, then every later fact not seen yet.
    private static List<object> Copy(IReadOnlyList<object> facts, HashSet<object> set, int at)
    {
        var distinct = new List<object>(facts.Count);
        for (var i = 0; i < at; i++)
        {
            distinct.Add(facts[i]);
        }

        for (var i = at + 1; i < facts.Count; i++)
        {
            if (set.Add(facts[i]))
            {
                distinct.Add(facts[i]);
            }
        }

        return distinct;
    }
}
