using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="ChunkedMap{TKey, TValue}"/> holds working memory, whose enumeration order must be that of the dictionary
/// NRules' runtime keeps: the same answers and the same order as <see cref="Dictionary{TKey, TValue}"/> after the same
/// operations, across chunk boundaries too.
/// </summary>
public sealed class ChunkedMapTests
{
    [Property(MaxTest = 300, Arbitrary = [typeof(MapOpArbitraries)])]
    public void AnyOperations_AnswerAndEnumerateAsADictionary(MapOp[] ops)
    {
        var map = new ChunkedMap<int, int>();
        var dictionary = new Dictionary<int, int>();

        foreach (MapOp op in ops)
        {
            Apply(op, map, dictionary);
            Assert.Equal(dictionary.Values, map.Values);
            Assert.Equal(dictionary.Count, map.Count);
        }
    }

    /// <summary>Tens of thousands of entries span several chunks of entries and of buckets.</summary>
    [Fact]
    public void ManyEntriesWithRemovalsAndReuse_EnumerateAsADictionary()
    {
        var map = new ChunkedMap<int, int>();
        var dictionary = new Dictionary<int, int>();
        var random = new Random(20);
        for (int i = 0; i < 60_000; i++)
        {
            var op = new MapOp((MapOpKind)random.Next(4), random.Next(30_000), i);
            Apply(op, map, dictionary);
        }

        // An entry of int keys and values is laid out as four ints.
        Assert.True(map.Capacity > ChunkSize<(uint, int, int, int)>.Length * 2, "the test must cross chunk boundaries");
        Assert.Equal(dictionary.Values, map.Values);
        for (int key = 0; key < 30_000; key++)
        {
            Assert.Equal(dictionary.TryGetValue(key, out int expected), map.TryGetValue(key, out int actual));
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Keys whose hash codes all collide, or differ only above the bits a small table uses, are still told apart.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1 << 20)]
    public void CollidingHashCodes_KeepEveryEntry(int hashStep)
    {
        var comparer = new SteppedHash(hashStep);
        var map = new ChunkedMap<int, int>(0, comparer);
        var dictionary = new Dictionary<int, int>(comparer);
        for (int i = 0; i < 3_000; i++)
        {
            Apply(new MapOp(i % 5 == 4 ? MapOpKind.Remove : MapOpKind.Add, i % 1_000 * 3 % 2_000, i), map, dictionary);
        }

        Assert.Equal(dictionary.Values, map.Values);
    }

    [Fact]
    public void Add_PresentKey_ThrowsAsADictionaryDoes()
    {
        var map = new ChunkedMap<string, int>();
        map.Add("a", 1);

        var ex = Assert.Throws<ArgumentException>(() => map.Add("a", 2));

        Assert.Equal(Assert.Throws<ArgumentException>(() => new Dictionary<string, int> { ["a"] = 1 }.Add("a", 2)).Message, ex.Message);
        Assert.Equal(1, map.GetValueOrDefault("a"));
    }

    /// <summary>NRules' queries enumerate working memory lazily: a fact inserted meanwhile breaks the enumeration, a retraction does not.</summary>
    [Fact]
    public void Values_AKeyAddedWhileEnumerating_ThrowsOnTheNextStep_ARemovalDoesNot()
    {
        var map = new ChunkedMap<int, int>();
        for (int i = 0; i < 3; i++)
        {
            map.Add(i, i);
        }

        var seen = new List<int>();
        foreach (int value in map.Values)
        {
            seen.Add(value);
            if (value == 0)
            {
                map.Remove(1);
            }
        }

        Assert.Equal([0, 2], seen);
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (int value in map.Values)
            {
                map.Set(value + 10, 0);
            }
        });
    }

    [Fact]
    public void Clear_ThenAdd_EnumeratesOnlyTheNewEntries()
    {
        var map = new ChunkedMap<int, int>(10_000);
        for (int i = 0; i < 10_000; i++)
        {
            map.Add(i, i);
        }

        map.Clear();
        map.Add(5, 50);
        map.Add(3, 30);

        Assert.Equal([50, 30], map.Values);
        Assert.False(map.TryGetValue(7, out _));
    }

    /// <summary>Every chunk fills more than half of 16 KB and no more, whatever the item's size: far under the large-object threshold.</summary>
    [Fact]
    public void ChunkSize_KeepsEveryChunkBetweenHalfAndAllOf16KB()
    {
        int[] bytes = [ChunkSize<int>.Length * sizeof(int), ChunkSize<object>.Length * IntPtr.Size, ChunkSize<(object, object, long)>.Length * 24];

        Assert.All(bytes, b => Assert.InRange(b, 16 * 1024 / 2, (16 * 1024) - 24));
    }

    [Fact]
    public void ChunkedBuffer_GrowingAcrossChunks_KeepsEveryItem()
    {
        var buffer = default(ChunkedBuffer<int>);
        for (int i = 0; i < 50_000; i++)
        {
            buffer.EnsureCapacity(i + 1);
            buffer[i] = i * 7;
        }

        Assert.InRange(buffer.Capacity, 50_000, 50_000 + ChunkSize<int>.Length);
        Assert.All(Enumerable.Range(0, 50_000), i => Assert.Equal(i * 7, buffer[i]));
        buffer.Clear(30_000);
        Assert.Equal((0, 30_000 * 7), (buffer[29_999], buffer[30_000]));
    }

    private static void Apply(MapOp op, ChunkedMap<int, int> map, Dictionary<int, int> dictionary)
    {
        switch (op.Kind)
        {
            case MapOpKind.Add:
                Assert.Equal(dictionary.TryAdd(op.Key, op.Value), !map.TryGetValue(op.Key, out _));
                map.GetValueRefOrAddDefault(op.Key, out bool exists) = exists ? map.GetValueOrDefault(op.Key) : op.Value;
                break;
            case MapOpKind.Set:
                dictionary[op.Key] = op.Value;
                map.Set(op.Key, op.Value);
                break;
            case MapOpKind.Remove:
                Assert.Equal(dictionary.Remove(op.Key), map.Remove(op.Key));
                break;
            default:
                Assert.Equal(dictionary.TryGetValue(op.Key, out int expected), map.TryGetValue(op.Key, out int actual));
                Assert.Equal(expected, actual);
                break;
        }
    }

    public enum MapOpKind
    {
        Add,
        Set,
        Remove,
        Get,
    }

    /// <summary>One operation on a key from a small range (so keys come back after their removal).</summary>
    public sealed record MapOp(MapOpKind Kind, int Key, int Value);

    public static class MapOpArbitraries
    {
        public static Arbitrary<MapOp> Op() =>
            Arb.From(
                from kind in Gen.Elements(MapOpKind.Add, MapOpKind.Add, MapOpKind.Set, MapOpKind.Remove, MapOpKind.Get)
                from key in Gen.Choose(0, 40)
                from value in Gen.Choose(-1000, 1000)
                select new MapOp(kind, key, value));
    }

    private sealed class SteppedHash(int step) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => x == y;

        public int GetHashCode(int obj) => unchecked(obj * step);
    }
}
