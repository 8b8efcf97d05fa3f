using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="SlotList{T}"/> must enumerate exactly as a <see cref="HashSet{T}"/> does after the same adds and removes:
/// NRules' node memories are hash sets, and their enumeration order is the order NRules joins and fires in.
/// </summary>
public sealed class SlotListTests
{
    [Property(MaxTest = 300, Arbitrary = [typeof(SlotOpArbitraries)])]
    public void AnyAddsAndRemoves_EnumerateInTheOrderOfAHashSet(SlotOp[] ops)
    {
        var list = new SlotList<Item>();
        AssertLikeAHashSet(ref list, ops);
    }

    /// <summary>A disposed session's memories are emptied for the next session: the list must then be as a new one.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(SlotOpArbitraries)])]
    public void AfterTryClear_AnyAddsAndRemoves_EnumerateAsOnANewList(SlotOp[] before, SlotOp[] after)
    {
        var list = new SlotList<Item>();
        foreach (SlotOp op in before.Where(o => o.Add).Take(64))
        {
            list.Add(new Item(op.Pick));
        }

        Assert.True(list.TryClear());
        Assert.Equal(0, list.Count);
        Assert.Equal(0, list.End);
        AssertLikeAHashSet(ref list, after);
    }

    [Fact]
    public void TryClear_RefusesAListGrownPastWhatIsKept_AndLeavesItAsItWas()
    {
        var list = new SlotList<Item>();
        for (int i = 0; i < 65; i++)
        {
            list.Add(new Item(i));
        }

        Assert.False(list.TryClear());
        Assert.Equal(65, list.Count);
        Assert.Equal(Enumerable.Range(0, 65), list.ToList().Select(i => i.Number));
    }

    private static void AssertLikeAHashSet(ref SlotList<Item> list, SlotOp[] ops)
    {
        var set = new HashSet<Item>();
        var slots = new Dictionary<Item, int>(ReferenceEqualityComparer.Instance);
        var present = new List<Item>();
        int next = 0;

        foreach (SlotOp op in ops)
        {
            if (op.Add || present.Count == 0)
            {
                var item = new Item(next++);
                slots[item] = list.Add(item);
                set.Add(item);
                present.Add(item);
            }
            else
            {
                Item item = present[op.Pick % present.Count];
                present.Remove(item);
                list.RemoveAt(slots[item]);
                slots.Remove(item);
                set.Remove(item);
            }

            Assert.Equal(set.Select(i => i.Number), list.ToList().Select(i => i.Number));
            Assert.Equal(set.Count, list.Count);
        }

        foreach (var pair in slots)
        {
            Assert.Same(pair.Key, list[pair.Value]);
        }

        int occupied = 0;
        for (int slot = 0; slot < list.End; slot++)
        {
            occupied += list[slot] is null ? 0 : 1;
        }

        Assert.Equal(list.Count, occupied);
    }

    /// <summary>A large session's memories span several chunks: the order holds across them.</summary>
    [Fact]
    public void TensOfThousandsOfItems_AcrossChunks_EnumerateInTheOrderOfAHashSet()
    {
        var list = new SlotList<Item>();
        var set = new HashSet<Item>();
        var slots = new List<(Item Item, int Slot)>();
        for (int i = 0; i < 30_000; i++)
        {
            var item = new Item(i);
            slots.Add((item, list.Add(item)));
            set.Add(item);
        }

        foreach ((Item item, int slot) in slots.Where((_, i) => i % 3 == 1).Reverse())
        {
            list.RemoveAt(slot);
            set.Remove(item);
        }

        list.Reserve(5_000);
        for (int i = 30_000; i < 45_000; i++)
        {
            var item = new Item(i);
            list.Add(item);
            set.Add(item);
        }

        Assert.Equal(set.Select(i => i.Number), list.ToList().Select(i => i.Number));
    }

    [Fact]
    public void Add_AfterTwoRemovals_ReusesTheLastFreedSlotFirst()
    {
        var list = new SlotList<Item>();
        int[] slots = [.. Enumerable.Range(0, 4).Select(i => list.Add(new Item(i)))];

        list.RemoveAt(slots[1]);
        list.RemoveAt(slots[2]);

        Assert.Equal(slots[2], list.Add(new Item(10)));
        Assert.Equal(slots[1], list.Add(new Item(11)));
        Assert.Equal(4, list.Add(new Item(12)));
        Assert.Equal([0, 11, 10, 3, 12], list.ToList().Select(i => i.Number));
    }

    /// <summary>An item compared by reference, as NRules' facts and tuples are.</summary>
    public sealed class Item(int number)
    {
        public int Number { get; } = number;
    }

    /// <summary>An add, or the removal of the present item at <see cref="Pick"/> (modulo their number).</summary>
    public sealed record SlotOp(bool Add, int Pick);

    public static class SlotOpArbitraries
    {
        public static Arbitrary<SlotOp> Op() =>
            Arb.From(
                from add in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
                from pick in Gen.Choose(0, 1000)
                select new SlotOp(add, pick));
    }
}
