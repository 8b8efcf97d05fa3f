namespace OshRules.Engine.Rete;

/// <summary>Builds the typed collection of an aggregate, in the order the facts were inserted.</summary>
internal static class Collector
{
    public static Func<BetaToken, object> For(Type elementType) =>
        (Func<BetaToken, object>)Delegate.CreateDelegate(
            typeof(Func<BetaToken, object>),
            typeof(Collector).GetMethod(nameof(Build), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(elementType));

    private static object Build<T>(BetaToken left)
    {
        PairToken? first = left.FirstPair;
        if (first is null)
        {
            return Array.Empty<T>();
        }

        if (first.NextInLeft is null)
        {
            // The common case (one matching fact): no ordering buffer.
            return new T[] { (T)first.Value! };
        }

        int count = 0;
        for (PairToken? pair = first; pair is not null; pair = pair.NextInLeft)
        {
            count++;
        }

        var ordered = new PairToken[count];
        int i = 0;
        for (PairToken? pair = left.FirstPair; pair is not null; pair = pair.NextInLeft)
        {
            ordered[i++] = pair;
        }

        if (!IsOrdered(ordered))
        {
            Array.Sort(ordered, static (a, b) => a.Right!.Fact.Id.CompareTo(b.Right!.Fact.Id));
        }

        var result = new T[count];
        for (i = 0; i < count; i++)
        {
            result[i] = (T)ordered[i].Value!;
        }

        return result;
    }

    private static bool IsOrdered(PairToken[] pairs)
    {
        for (int i = 1; i < pairs.Length; i++)
        {
            if (pairs[i - 1].Right!.Fact.Id > pairs[i].Right!.Fact.Id)
            {
                return false;
            }
        }

        return true;
    }
}
