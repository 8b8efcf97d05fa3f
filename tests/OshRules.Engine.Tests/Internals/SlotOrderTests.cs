using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// A join files a batch's facts under left tuples as <see cref="SlotOrder"/>s packed into one number: they must give
/// back the slot and place they were made from, and sort as the pairs (slot, place) sort, up to the largest of each.
/// </summary>
public sealed class SlotOrderTests
{
    [Property(MaxTest = 500)]
    public void Pairs_GiveBackTheirParts_AndSortAsTuples(NonNegativeInt[] slots, NonNegativeInt[] orders)
    {
        int n = Math.Min(slots.Length, orders.Length);
        var pairs = Enumerable.Range(0, n).Select(i => (Slot: slots[i].Get, Order: orders[i].Get)).ToList();
        var packed = new ChunkedList<SlotOrder>(pairs.Select(p => new SlotOrder(p.Slot, p.Order)));

        Assert.Equal(pairs, packed.Select(p => (p.Slot, p.Order)));

        packed.Sort();
        pairs.Sort();
        Assert.Equal(pairs, packed.Select(p => (p.Slot, p.Order)));
    }

    [Fact]
    public void TheLargestSlotAndPlace_StayApart()
    {
        var largest = new SlotOrder(int.MaxValue, int.MaxValue);
        var belowPlace = new SlotOrder(int.MaxValue, int.MaxValue - 1);
        var belowSlot = new SlotOrder(int.MaxValue - 1, int.MaxValue);

        Assert.Equal((int.MaxValue, int.MaxValue), (largest.Slot, largest.Order));
        Assert.True(belowPlace.CompareTo(largest) < 0);
        Assert.True(belowSlot.CompareTo(belowPlace) < 0);
        Assert.Equal((0, 0), (new SlotOrder(0, 0).Slot, new SlotOrder(0, 0).Order));
    }

    [Fact]
    public void ABatchAcrossChunks_SortsAsTuples()
    {
        var random = new Random(11);
        var pairs = Enumerable.Range(0, 40_000).Select(i => (Slot: random.Next(3_000), Order: i)).ToList();
        var packed = new ChunkedList<SlotOrder>(pairs.Select(p => new SlotOrder(p.Slot, p.Order)));

        packed.Sort();
        pairs.Sort();

        Assert.Equal(pairs, packed.Select(p => (p.Slot, p.Order)));
    }
}
