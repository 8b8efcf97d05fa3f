using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests;

public sealed class SlotStoreTests
{
    [Fact]
    public void Add_PastTheFirstChunk_KeepsEveryItemUnderItsNumber()
    {
        // Far past the first chunk (2,048 right entries), so the switch from the growing chunk to whole ones is crossed.
        var store = new SlotStore<RightEntry>(0);
        var numbers = new int[20_000];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = store.Add(new RightEntry(null!, i, default) { NextInBucket = i });
        }

        Assert.Equal(Enumerable.Range(1, numbers.Length), numbers);
        Assert.All(Enumerable.Range(0, numbers.Length), i => Assert.Equal(i, store[numbers[i]].NextInBucket));
        Assert.Equal(numbers.Length, store.Count);
    }

    [Fact]
    public void Remove_ClearsTheItemAndFreesItsNumberForTheNextAdd()
    {
        var store = new SlotStore<RootEntry>(0);
        var token = new Token([]);
        int first = store.Add(new RootEntry(token, new FactLink(3, 7), 0));
        int second = store.Add(new RootEntry(token, default, 0));

        store.Remove(first);

        Assert.Null(store[first].Token);
        Assert.Equal(1, store.Count);
        Assert.Equal(first, store.Add(new RootEntry(token, default, 0)));
        Assert.Equal(second + 1, store.Add(new RootEntry(token, default, 0)));
        Assert.Equal(3, store.Count);
    }
}
