namespace OshRules.Engine.Rete;

/// <summary>Builds the typed collection of an aggregate, in the order the facts were inserted.</summary>
internal static class Collector
{
    public static Func<BetaToken, SlotStore<RightEntry>, object> For(Type elementType) =>
        (Func<BetaToken, SlotStore<RightEntry>, object>)Delegate.CreateDelegate(
            typeof(Func<BetaToken, SlotStore<RightEntry>, object>),
            typeof(Collector).GetMethod(nameof(Build), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(elementType));

    private static object Build<T>(BetaToken left, SlotStore<RightEntry> rights)
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

        if (!IsOrdered(ordered, rights))
        {
            SortByInsertion(ordered, rights);
        }

        var result = new T[count];
        for (i = 0; i < count; i++)
        {
            result[i] = (T)ordered[i].Value!;
        }

        return result;
    }

    // Kept apart from Build: a lambda capturing the store there would allocate its closure on every call.
    private static void SortByInsertion(PairToken[] pairs, SlotStore<RightEntry> rights)
    {
        var ids = new long[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            ids[i] = rights[pairs[i].Right].Fact.Id;
        }

        Array.Sort(ids, pairs);
    }

    private static bool IsOrdered(PairToken[] pairs, SlotStore<RightEntry> rights)
    {
        for (int i = 1; i < pairs.Length; i++)
        {
            if (rights[pairs[i - 1].Right].Fact.Id > rights[pairs[i].Right].Fact.Id)
            {
                return false;
            }
        }

        return true;
    }
}
