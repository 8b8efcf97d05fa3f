using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests;

public sealed class BetaMemoryTests
{
    [Fact]
    public void AddRemove_PastHashThreshold_KeepsEveryTokenInItsKeyBucket()
    {
        var memory = new BetaMemory(indexed: true);
        var tokens = new List<BetaToken>();
        for (int i = 0; i < 30; i++)
        {
            var token = new BetaToken([]) { Key = i % 5 };
            tokens.Add(token);
            memory.AddLeft(token);
        }

        foreach (BetaToken token in tokens.Where((_, i) => i % 3 == 0))
        {
            memory.RemoveLeft(token);
        }

        // Hash buckets may share a slot between keys, so the node still compares keys; but they are spread out.
        Assert.True(memory.NeedsKeyCheck);
        for (int key = 0; key < 5; key++)
        {
            var expected = tokens.Where((t, i) => i % 3 != 0 && (int)t.Key! == key).ToHashSet();
            var bucket = new List<BetaToken>();
            for (BetaToken? t = memory.LeftBucket(key); t is not null; t = t.NextInBucket)
            {
                bucket.Add(t);
            }

            Assert.Equal(expected, bucket.Where(t => (int)t.Key! == key).ToHashSet());
            Assert.True(bucket.Count < 20, $"key {key}: {bucket.Count} tokens in its bucket, so the tokens were not hashed");
        }
    }

    [Fact]
    public void AddRemove_BelowHashThreshold_UsesOneBucketNeedingKeyCheck()
    {
        var memory = new BetaMemory(indexed: true);
        var a = new BetaToken([]) { Key = 1 };
        var b = new BetaToken([]) { Key = 2 };
        memory.AddLeft(a);
        memory.AddLeft(b);

        memory.RemoveLeft(a);

        Assert.True(memory.NeedsKeyCheck);
        Assert.Same(b, memory.LeftBucket(1));
        Assert.Null(b.NextInBucket);
    }
}
