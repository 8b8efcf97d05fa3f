using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="KeyIndex{T, TKey}"/>: each key's chain lists its slots in ascending order (the memory's own enumeration order, so a
/// keyed join meets facts in the order NRules' nested loops do), and items whose key throws are counted apart.
/// </summary>
public sealed class KeyIndexTests
{
    [Fact]
    public void Add_SlotsOutOfOrder_ChainsThemAscending()
    {
        var index = new KeyIndex<Item, int?>(i => i.Key);

        index.Add(new Item(7), 5);
        index.Add(new Item(7), 1);
        index.Add(new Item(8), 2);
        index.Add(new Item(7), 3);

        Assert.Equal([1, 3, 5], Slots(index, 7));
        Assert.Equal([2], Slots(index, 8));
        Assert.Empty(Slots(index, 9));
    }

    [Fact]
    public void Remove_FirstMiddleAndLastSlotsOfAKey_KeepsTheRestAscending()
    {
        var index = new KeyIndex<Item, int?>(i => i.Key);
        foreach (int slot in new[] { 6, 0, 4, 2, 8 })
        {
            index.Add(new Item(7), slot);
        }

        index.Remove(0);
        List<int> afterFirst = Slots(index, 7);
        index.Remove(4);
        List<int> afterMiddle = Slots(index, 7);
        index.Remove(8);
        List<int> afterLast = Slots(index, 7);
        index.Remove(2);
        index.Remove(6);

        Assert.Equal([2, 4, 6, 8], afterFirst);
        Assert.Equal([2, 6, 8], afterMiddle);
        Assert.Equal([2, 6], afterLast);
        Assert.Empty(Slots(index, 7));
    }

    [Fact]
    public void Add_KeyThatThrows_IsCountedAsFailedUntilRemovedOrRekeyed()
    {
        var index = new KeyIndex<Item, int?>(i => i.Fails ? throw new InvalidOperationException("no key") : i.Key);
        var failing = new Item(1) { Fails = true };

        index.Add(failing, 0);
        index.Add(new Item(1) { Fails = true }, 1);
        index.Add(new Item(1), 2);
        bool afterAdds = index.HasFailedKeys;
        index.Remove(1);
        bool afterOneRemoved = index.HasFailedKeys;
        failing.Fails = false;
        index.Rekey(failing, 0);

        Assert.True(afterAdds);
        Assert.True(afterOneRemoved);
        Assert.False(index.HasFailedKeys);
        Assert.Equal([0, 2], Slots(index, 1));
    }

    [Fact]
    public void Add_NullKeys_AreFiledUnderOneKeyOfTheirOwn()
    {
        var index = new KeyIndex<Item, int?>(i => i.Key);

        index.Add(new Item(null), 3);
        index.Add(new Item(null), 1);
        index.Add(new Item(0), 2);

        Assert.Equal([1, 3], Slots(index, null));
        Assert.Equal([2], Slots(index, 0));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(IndexOpArbitraries)])]
    public void AnyAddsRemovesAndRekeys_EveryKeyChainsTheAscendingSlotsOfItsItems(IndexOp[] ops)
    {
        var index = new KeyIndex<Item, int?>(i => i.Fails ? throw new InvalidOperationException("no key") : i.Key);
        var items = new SlotList<Item>();

        foreach (IndexOp op in ops)
        {
            var present = Enumerable.Range(0, items.End).Where(s => items[s] is not null).ToList();
            if (op.Kind == 0 || present.Count == 0)
            {
                var item = new Item(op.Key) { Fails = op.Fails };
                index.Add(item, items.Add(item));
            }
            else
            {
                int slot = present[op.Pick % present.Count];
                if (op.Kind == 1)
                {
                    index.Remove(slot);
                    items.RemoveAt(slot);
                }
                else
                {
                    Item item = items[slot]!;
                    item.Key = op.Key;
                    item.Fails = op.Fails;
                    index.Rekey(item, slot);
                }
            }

            var live = Enumerable.Range(0, items.End).Where(s => items[s] is not null).Select(s => (Slot: s, Item: items[s]!)).ToList();
            Assert.Equal(live.Any(x => x.Item.Fails), index.HasFailedKeys);
            foreach (int? key in new int?[] { 0, 1, 2, null })
            {
                int[] expected = [.. live.Where(x => !x.Item.Fails && x.Item.Key == key).Select(x => x.Slot)];
                Assert.Equal(expected, Slots(index, key));
            }
        }
    }

    private static List<int> Slots(KeyIndex<Item, int?> index, int? key)
    {
        var slots = new List<int>();
        foreach (int slot in index.Find(key))
        {
            slots.Add(slot);
        }

        return slots;
    }

    public sealed class Item(int? key)
    {
        public int? Key { get; set; } = key;

        public bool Fails { get; set; }
    }

    /// <summary>0 adds an item, 1 removes the present item at <see cref="Pick"/>, 2 changes its key and files it again.</summary>
    public sealed record IndexOp(int Kind, int Pick, int? Key, bool Fails);

    public static class IndexOpArbitraries
    {
        public static Arbitrary<IndexOp> Op() =>
            Arb.From(
                from kind in Gen.Choose(0, 2)
                from pick in Gen.Choose(0, 1000)
                from key in Gen.Elements<int?>(0, 1, 2, null)
                from fails in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
                select new IndexOp(kind, pick, key, fails));
    }
}
