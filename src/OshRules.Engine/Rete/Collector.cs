namespace OshRules.Engine.Rete;

/// <summary>Builds the typed collection of an aggregate, in the order the facts were inserted.</summary>
internal static class Collector
{
    public static Func<int, Session, object> For(Type elementType) =>
        (Func<int, Session, object>)Delegate.CreateDelegate(
            typeof(Func<int, Session, object>),
            typeof(Collector).GetMethod(nameof(Build), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(elementType));

    private static object Build<T>(int left, Session session)
    {
        int first = session.Lefts[left].FirstPair;
        if (first == 0)
        {
            return Array.Empty<T>();
        }

        ref SlotStore<PairEntry> pairs = ref session.Pairs;
        if (pairs[first].NextInLeft == 0)
        {
            // The common case (one matching fact): no ordering buffer.
            return new T[] { (T)pairs[first].Value! };
        }

        int count = 0;
        for (int pair = first; pair != 0; pair = pairs[pair].NextInLeft)
        {
            count++;
        }

        // The pairs' facts by insertion number, and their elements: sorted together unless already in order.
        var ids = new long[count];
        var result = new T[count];
        ref SlotStore<RightEntry> rights = ref session.Rights;
        bool ordered = true;
        int i = 0;
        for (int pair = first; pair != 0; pair = pairs[pair].NextInLeft, i++)
        {
            ids[i] = rights[pairs[pair].Right].Fact.Id;
            result[i] = (T)pairs[pair].Value!;
            ordered &= i == 0 || ids[i - 1] <= ids[i];
        }

        if (!ordered)
        {
            Array.Sort(ids, result);
        }

        return result;
    }
}
