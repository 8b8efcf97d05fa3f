using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class BetaMemoryTests
{
    [Fact]
    public void AddRemove_PastHashThreshold_KeepsEveryTokenInItsKeyBucket()
    {
        var session = NewSession();
        var memory = new BetaMemory(indexed: true);
        var entries = new List<(int Number, int Key)>();
        for (int i = 0; i < 30; i++)
        {
            entries.Add((memory.AddLeft(session, new Token([]), i % 5), i % 5));
        }

        var removed = entries.Where((_, i) => i % 3 == 0).ToList();
        foreach (var (number, _) in removed)
        {
            memory.RemoveLeft(session, number);
        }

        // Hash buckets may share a slot between keys, so the node still compares keys; but they are spread out.
        Assert.True(memory.NeedsKeyCheck);
        AssertHashedBuckets(entries.Except(removed), keys: 5, memory.LeftBucket, n => session.Lefts[n].NextInBucket, n => session.Lefts[n].Key, "tokens");
    }

    [Fact]
    public void AddRemove_BelowHashThreshold_UsesOneBucketNeedingKeyCheck()
    {
        var session = NewSession();
        var memory = new BetaMemory(indexed: true);
        var b = new Token([]);
        int first = memory.AddLeft(session, new Token([]), 1);
        int second = memory.AddLeft(session, b, 2);

        memory.RemoveLeft(session, first);

        Assert.True(memory.NeedsKeyCheck);
        Assert.Equal(second, memory.LeftBucket(1));
        Assert.Same(b, session.Lefts[second].Token);
        Assert.Equal(0, session.Lefts[second].NextInBucket);
    }

    [Fact]
    public void AddRight_PastHashThresholdThenUnlink_KeepsEveryFactInItsKeyBucketAndReusesNumbers()
    {
        var session = NewSession();
        var memory = new BetaMemory(indexed: true);
        var numbers = new List<(int Number, int Key)>();
        for (int i = 0; i < 40; i++)
        {
            numbers.Add((memory.AddRight(session, new FactHandle($"fact {i}", i + 1), i % 4, default), i % 4));
        }

        var removed = numbers.Where((_, i) => i % 5 == 0).ToList();
        foreach (var (number, _) in removed)
        {
            memory.UnlinkRight(session, number);
            session.Rights.Remove(number);
        }

        AssertHashedBuckets(numbers.Except(removed), keys: 4, memory.RightBucket, n => session.Rights[n].NextInBucket, n => session.Rights[n].Key, "facts");

        // A freed number is handed out again rather than growing the store.
        int again = memory.AddRight(session, new FactHandle("again", 99), 1, default);
        Assert.Contains(again, removed.Select(r => r.Number));
        Assert.Equal(33, session.Rights.Count);
    }

    // Each key's bucket holds exactly the entries kept under that key (other keys may share the bucket), and few of them.
    private static void AssertHashedBuckets(
        IEnumerable<(int Number, int Key)> kept, int keys, Func<object, int> first, Func<int, int> next, Func<int, object> keyOf, string what)
    {
        for (int key = 0; key < keys; key++)
        {
            var expected = kept.Where(e => e.Key == key).Select(e => e.Number).ToHashSet();
            var bucket = new List<int>();
            for (int n = first(key); n != 0; n = next(n))
            {
                bucket.Add(n);
            }

            Assert.Equal(expected, bucket.Where(n => (int)keyOf(n) == key).ToHashSet());
            Assert.True(bucket.Count < 20, $"key {key}: {bucket.Count} {what} in its bucket, so the {what} were not hashed");
        }
    }

    // A memory keeps its entries in its session's stores: a session of a rule set that leaves them empty.
    private static Session NewSession() => (Session)Compiled.Session(typeof(JoinRule));
}
