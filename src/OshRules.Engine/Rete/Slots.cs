namespace OshRules.Engine.Rete;

/// <summary>O(1) linking and unlinking of the pairs of a beta node (each pair is in its left token's and its right fact's list).</summary>
internal static class Slots
{
    /// <summary>Stands for the null key in hash indexes, and for "one bucket" in unindexed nodes.</summary>
    public static readonly object NullKey = new();

    public static void AddPair(BetaToken left, SlotStore<RightEntry> rights, int right, PairToken pair)
    {
        pair.Parent = left;
        pair.Right = right;
        pair.NextInLeft = left.FirstPair;
        if (left.FirstPair is not null)
        {
            left.FirstPair.PrevInLeft = pair;
        }

        left.FirstPair = pair;
        ref RightEntry entry = ref rights[right];
        pair.NextInRight = entry.FirstPair;
        if (entry.FirstPair is not null)
        {
            entry.FirstPair.PrevInRight = pair;
        }

        entry.FirstPair = pair;
    }

    public static void RemovePair(PairToken pair, SlotStore<RightEntry> rights)
    {
        BetaToken left = pair.Parent!;
        if (pair.PrevInLeft is null)
        {
            left.FirstPair = pair.NextInLeft;
        }
        else
        {
            pair.PrevInLeft.NextInLeft = pair.NextInLeft;
        }

        if (pair.NextInLeft is not null)
        {
            pair.NextInLeft.PrevInLeft = pair.PrevInLeft;
        }

        if (pair.PrevInRight is null)
        {
            rights[pair.Right].FirstPair = pair.NextInRight;
        }
        else
        {
            pair.PrevInRight.NextInRight = pair.NextInRight;
        }

        if (pair.NextInRight is not null)
        {
            pair.NextInRight.PrevInRight = pair.PrevInRight;
        }

        pair.PrevInLeft = pair.NextInLeft = pair.PrevInRight = pair.NextInRight = null;
    }
}
