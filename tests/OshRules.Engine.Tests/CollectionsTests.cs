using System.Runtime.CompilerServices;
using System.Linq.Expressions;
using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>The session's own tables: chunked lists, the working-memory hash table and expression equivalence.</summary>
public sealed class CollectionsTests
{
    [Fact]
    public void ChunkedList_AcrossSeveralChunks_KeepsOrderAndPopsInReverse()
    {
        var list = new ChunkedList<int>(capacityHint: 3);
        for (int i = 0; i < 20_000; i++)
        {
            list.Add(i);
        }

        Assert.Equal(20_000, list.Count);
        Assert.Equal(4_095, list[4_095]);
        Assert.Equal(4_096, list[4_096]);
        Assert.Equal(19_999, list[19_999]);
        for (int i = 19_999; i >= 0; i--)
        {
            Assert.Equal(i, list.Pop());
        }

        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void ChunkedArray_LongerThanAChunk_AddressesEverySlot()
    {
        var array = new ChunkedArray<string>(1 << 15);
        for (int i = 0; i < array.Length; i += 1_000)
        {
            array[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal("8000", array[8_000]);
        Assert.Equal("32000", array[32_000]);
        Assert.Null(array[8_001]);
    }

    [Fact]
    public void WorkingMemory_ManyFactsWithCollidingHashes_FindsAddsAndRemovesEachByIdentity()
    {
        var memory = new WorkingMemory(capacityHint: 0);
        var handles = Enumerable.Range(0, 5_000).Select(i => new FactHandle(new Colliding(i), i)).ToList();

        Assert.All(handles, h => Assert.True(memory.TryAdd(h)));
        Assert.False(memory.TryAdd(new FactHandle(new Colliding(7), 99_999)));
        Assert.Equal(5_000, memory.Count);

        foreach (FactHandle h in handles.Where(h => h.Id % 2 == 0))
        {
            memory.Remove(h);
        }

        Assert.Equal(2_500, memory.Count);
        Assert.False(memory.Contains(new Colliding(8)));
        Assert.True(memory.TryGetValue(new Colliding(9), out FactHandle found));
        Assert.Same(handles[9], found);
        Assert.Equal(handles.Where(h => h.Id % 2 == 1).Select(h => h.Id).Order(), memory.Handles().Select(h => h.Id).Order());
    }

    [Fact]
    public void WorkingMemory_SlotsFreedByRemovals_AreReusedWithoutLosingAnyFact()
    {
        var memory = new WorkingMemory(capacityHint: 0);
        var first = Enumerable.Range(0, 1_000).Select(i => new FactHandle(new Colliding(i), i)).ToList();
        first.ForEach(h => memory.TryAdd(h));
        first.Where(h => h.Id % 3 == 0).ToList().ForEach(memory.Remove);

        var second = Enumerable.Range(1_000, 400).Select(i => new FactHandle(new Colliding(i), i)).ToList();
        Assert.All(second, h => Assert.True(memory.TryAdd(h)));

        // 334 slots were freed: they are reused first, so 400 new facts take only 66 new slots.
        Assert.Equal(1_066, first.Where(h => h.Id % 3 != 0).Concat(second).Max(h => h.Slot));
        Assert.Equal(first.Count(h => h.Id % 3 != 0) + second.Count, memory.Count);
        Assert.All(first.Where(h => h.Id % 3 != 0).Concat(second), h => Assert.True(memory.TryGetValue(h.Value, out var found) && ReferenceEquals(found, h)));
        Assert.All(first.Where(h => h.Id % 3 == 0), h => Assert.False(memory.Contains(h.Value)));
    }

    [Fact]
    public void WorkingMemory_GrowingPastItsCapacity_KeepsEveryFact()
    {
        var memory = new WorkingMemory(capacityHint: 4);
        for (int i = 0; i < 100_000; i++)
        {
            Assert.True(memory.TryAdd(new FactHandle(new Exam("w" + i, 2000 + (i % 30)), i)));
        }

        Assert.Equal(100_000, memory.Count);
        Assert.True(memory.Contains(new Exam("w99999", 2000 + (99_999 % 30))));
        Assert.False(memory.Contains(new Exam("w99999", 1999)));
    }

    [Fact]
    public void ExpressionEquivalence_MatchesParametersByRoleAndRefusesOtherConstants()
    {
        ParameterExpression a = Expression.Parameter(typeof(Exposure), "a"), b = Expression.Parameter(typeof(Exposure), "b");
        Expression LevelAtLeast(ParameterExpression p, object limit) =>
            Expression.GreaterThanOrEqual(Expression.Property(p, nameof(Exposure.Level)), Expression.Constant(limit));

        Assert.True(ExpressionEquivalence.Equivalent(LevelAtLeast(a, 85), LevelAtLeast(b, 85), (a, b)));
        Assert.False(ExpressionEquivalence.Equivalent(LevelAtLeast(a, 85), LevelAtLeast(b, 90), (a, b)));
        Assert.False(ExpressionEquivalence.Equivalent(LevelAtLeast(a, 85), LevelAtLeast(a, 85), (a, b)));

        var box = new StrongBox<int>(1);
        Expression Boxed(ParameterExpression p, StrongBox<int> captured) =>
            Expression.Equal(Expression.Property(p, nameof(Exposure.Level)), Expression.Field(Expression.Constant(captured), nameof(StrongBox<int>.Value)));
        Assert.True(ExpressionEquivalence.Equivalent(Boxed(a, box), Boxed(b, box), (a, b)));
        Assert.False(ExpressionEquivalence.Equivalent(Boxed(a, box), Boxed(b, new StrongBox<int>(1)), (a, b)));
    }

    /// <summary>A fact whose hash is the same for every value, so every lookup walks one chain.</summary>
    private sealed record Colliding(int Value)
    {
        public override int GetHashCode() => 42;
    }
}
