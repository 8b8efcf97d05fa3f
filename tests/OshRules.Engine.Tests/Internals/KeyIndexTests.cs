using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="KeyIndex{T}"/>: each bucket lists its slots in ascending order (the memory's own enumeration order, so a
/// keyed join meets facts in the order NRules' nested loops do), and items whose key throws are counted apart.
/// </summary>
public sealed class KeyIndexTests
{
    [Fact]
    public void Add_SlotsOutOfOrder_BucketListsThemAscending()
    {
        var index = new KeyIndex<Item>(i => i.Key);

        index.Add(new Item(7), 5);
        index.Add(new Item(7), 1);
        index.Add(new Item(8), 2);
        index.Add(new Item(7), 3);

        Assert.Equal([1, 3, 5], index.Find(7));
        Assert.Equal([2], index.Find(8));
        Assert.Null(index.Find(9));
    }

    [Fact]
    public void Remove_LastSlotOfAKey_DropsTheBucket()
    {
        var index = new KeyIndex<Item>(i => i.Key);
        index.Add(new Item(7), 0);
        index.Add(new Item(7), 4);

        index.Remove(0);
        List<int>? afterOne = index.Find(7) is { } bucket ? [.. bucket] : null;
        index.Remove(4);

        Assert.Equal([4], afterOne);
        Assert.Null(index.Find(7));
    }

    [Fact]
    public void Add_KeyThatThrows_IsCountedAsFailedUntilRemovedOrRekeyed()
    {
        var index = new KeyIndex<Item>(i => i.Fails ? throw new InvalidOperationException("no key") : i.Key);
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
        Assert.Equal([0, 2], index.Find(1));
    }

    [Fact]
    public void KeyOf_NullKey_IsFiledUnderOneKeyOfItsOwn()
    {
        var index = new KeyIndex<Item>(i => i.Key);
        var none = new Item(null);

        index.Add(none, 3);
        index.Add(new Item(null), 1);

        Assert.Equal([1, 3], index.Find(index.KeyOf(none)));
        Assert.Throws<InvalidOperationException>(() => new KeyIndex<Item>(_ => throw new InvalidOperationException()).KeyOf(none));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(IndexOpArbitraries)])]
    public void AnyAddsRemovesAndRekeys_EveryBucketIsTheAscendingSlotsOfItsKey(IndexOp[] ops)
    {
        var index = new KeyIndex<Item>(i => i.Fails ? throw new InvalidOperationException("no key") : i.Key);
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
                List<int>? bucket = index.Find(index.KeyOf(new Item(key)));
                Assert.Equal(expected, bucket ?? []);
                Assert.True(bucket is null || bucket.Count > 0);
            }
        }
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
