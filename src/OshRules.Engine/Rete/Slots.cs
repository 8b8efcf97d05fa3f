namespace OshRules.Engine.Rete;

/// <summary>O(1) linking and unlinking of the pairs of a beta node (each pair is in its left token's and its right fact's list).</summary>
internal static class Slots
{
    /// <summary>Stands for the null key in hash indexes, and for "one bucket" in unindexed nodes.</summary>
    public static readonly object NullKey = new();

    /// <summary>Stores a pair and links it at the head of both its lists; returns its number.</summary>
    public static int AddPair(Session session, int left, int right, object? value)
    {
        ref SlotStore<PairEntry> pairs = ref session.Pairs;
        ref LeftEntry token = ref session.Lefts[left];
        ref RightEntry entry = ref session.Rights[right];
        int number = pairs.Add(new PairEntry(left, right, value) { NextInLeft = token.FirstPair, NextInRight = entry.FirstPair });
        if (token.FirstPair != 0)
        {
            pairs[token.FirstPair].PrevInLeft = number;
        }

        token.FirstPair = number;
        if (entry.FirstPair != 0)
        {
            pairs[entry.FirstPair].PrevInRight = number;
        }

        entry.FirstPair = number;
        return number;
    }

    /// <summary>Unlinks a pair from both its lists and frees its number; returns it as it was.</summary>
    public static PairEntry RemovePair(Session session, int number)
    {
        ref SlotStore<PairEntry> pairs = ref session.Pairs;
        PairEntry pair = pairs[number];
        if (pair.PrevInLeft == 0)
        {
            session.Lefts[pair.Left].FirstPair = pair.NextInLeft;
        }
        else
        {
            pairs[pair.PrevInLeft].NextInLeft = pair.NextInLeft;
        }

        if (pair.NextInLeft != 0)
        {
            pairs[pair.NextInLeft].PrevInLeft = pair.PrevInLeft;
        }

        if (pair.PrevInRight == 0)
        {
            session.Rights[pair.Right].FirstPair = pair.NextInRight;
        }
        else
        {
            pairs[pair.PrevInRight].NextInRight = pair.NextInRight;
        }

        if (pair.NextInRight != 0)
        {
            pairs[pair.NextInRight].PrevInRight = pair.PrevInRight;
        }

        pairs.Remove(number);
        return pair;
    }
}
