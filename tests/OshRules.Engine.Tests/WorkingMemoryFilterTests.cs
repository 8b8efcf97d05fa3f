using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests;

/// <summary>
/// Working memory once it is large enough to be filtered (<see cref="WorkingMemory.FilterFrom"/>): new facts wait for
/// their buckets, and the filter decides which lookups can be skipped. It must still find every fact, and refuse every
/// equal copy, whatever the order of adds, lookups and removals.
/// </summary>
public sealed class WorkingMemoryFilterTests
{
    // Enough for a table of FilterFrom buckets from the start.
    private const int LargeHint = WorkingMemory.FilterFrom - 1000;

    [Property(MaxTest = 200, Arbitrary = [typeof(MemoryOpArbitraries)])]
    public void AnySequence_AgreesWithASetOfTheSameFacts(MemoryOp[] ops)
    {
        var memory = new WorkingMemory(LargeHint);
        Assert.True(memory.IsFiltered);
        var model = new HashSet<object>();

        foreach (MemoryOp op in ops)
        {
            // Colliding facts share one hash per seven numbers: their buckets and filter words are crowded on purpose.
            object fact = op.Colliding ? new Colliding(op.Number) : new Plain(op.Number);
            switch (op.Kind)
            {
                case 0:
                case 1:
                    Assert.Equal(model.Add(fact), memory.TryAdd(new FactHandle(fact, 0)));
                    break;
                case 2:
                    if (memory.TryGetValue(fact, out FactHandle handle))
                    {
                        memory.Remove(handle);
                    }

                    Assert.Equal(model.Remove(fact), handle is not null);
                    break;
                default:
                    Assert.Equal(model.Contains(fact), memory.TryGetValue(fact, out FactHandle found));
                    Assert.True(found is null || found.Value.Equals(fact));
                    break;
            }

            Assert.Equal(model.Count, memory.Count);
        }

        Assert.Equal(model.OrderBy(Describe), memory.Handles().Select(h => h.Value).OrderBy(Describe));
    }

    [Fact]
    public void EqualCopy_OfAFactStillWaitingForItsBucket_IsRefused()
    {
        var memory = new WorkingMemory(LargeHint);
        for (int i = 0; i < 10; i++)
        {
            Assert.True(memory.TryAdd(new FactHandle(new Plain(i), 0)));
        }

        // The fifth was never looked up, so it still waits; an equal but distinct object must be found anyway.
        Assert.False(memory.TryAdd(new FactHandle(new Plain(4), 0)));
        Assert.True(memory.TryGetValue(new Plain(4), out FactHandle handle));
        Assert.Equal(new Plain(4), handle.Value);
        Assert.Equal(10, memory.Count);
    }

    [Fact]
    public void Growing_PastTheFilterThreshold_KeepsEveryFactAndRefusesCopies()
    {
        var memory = new WorkingMemory(0);
        Assert.False(memory.IsFiltered);
        const int count = WorkingMemory.FilterFrom * 3;
        for (int i = 0; i < count; i++)
        {
            Assert.True(memory.TryAdd(new FactHandle(new Plain(i), 0)));
        }

        Assert.True(memory.IsFiltered);
        for (int i = 0; i < count; i += 97)
        {
            Assert.False(memory.TryAdd(new FactHandle(new Plain(i), 0)));
        }

        // Remove two in three: the filter is made again on the way, and what is left must be exactly the rest.
        for (int i = 0; i < count; i++)
        {
            if (i % 3 != 0)
            {
                Assert.True(memory.TryGetValue(new Plain(i), out FactHandle handle));
                memory.Remove(handle);
            }
        }

        Assert.Equal(count / 3, memory.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(i % 3 == 0, memory.Contains(new Plain(i)));
        }
    }

    [Fact]
    public void Filter_NeverForgetsAFact_AndRarelyClaimsANewOne()
    {
        // 8 bits per fact: the fullest a filter gets before the table doubles.
        var filter = new FactFilter(1 << 17);
        const int remembered = 1 << 17;
        var random = new Random(20261123);
        int[] hashes = [.. Enumerable.Range(0, remembered).Select(_ => random.Next(int.MinValue, int.MaxValue))];
        foreach (int hash in hashes)
        {
            filter.Remember(hash);
        }

        Assert.All(hashes, hash => Assert.True(filter.MayContain(hash)));
        var known = hashes.ToHashSet();
        int[] others = [.. Enumerable.Range(0, 100_000).Select(_ => random.Next(int.MinValue, int.MaxValue)).Where(h => !known.Contains(h))];
        double falsePositives = others.Count(filter.MayContain) / (double)others.Length;
        Assert.InRange(falsePositives, 0, 0.08);
    }

    private static string Describe(object fact) => fact.ToString()!;

    /// <summary>A fact with a well-spread hash.</summary>
    public sealed record Plain(int Number);

    /// <summary>A fact whose hash repeats every seven numbers.</summary>
    public sealed record Colliding(int Number)
    {
        public override int GetHashCode() => Number % 7;
    }

    /// <summary>An operation: 0–1 add, 2 look up and remove, 3 look up.</summary>
    public sealed record MemoryOp(int Kind, int Number, bool Colliding);

    public static class MemoryOpArbitraries
    {
        public static Arbitrary<MemoryOp> Op() =>
            Arb.From(
                from kind in Gen.Choose(0, 3)
                from number in Gen.Choose(0, 40)
                from colliding in Gen.Elements(true, false)
                select new MemoryOp(kind, number, colliding));
    }
}
