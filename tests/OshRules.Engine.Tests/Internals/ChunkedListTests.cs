using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// The batches and agenda queues of a session are <see cref="ChunkedList{T}"/>s and <see cref="ChunkedQueue{T}"/>s:
/// they must hold and give back exactly what a <see cref="List{T}"/> and a <see cref="Queue{T}"/> would, across chunks.
/// </summary>
public sealed class ChunkedListTests
{
    [Fact]
    public void ManyItems_AcrossChunks_ReadBackInOrder_AndClearEmpties()
    {
        var list = new ChunkedList<string>();
        for (int i = 0; i < 30_000; i++)
        {
            list.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(Enumerable.Range(0, 30_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), list);
        Assert.Equal("29999", list[29_999]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[30_000]);
        list.Clear();
        Assert.Empty(list);
        list.Add("again");
        Assert.Equal(["again"], list);
    }

    [Property(MaxTest = 300)]
    public void Sort_OrdersAsAListDoes(int[] values)
    {
        var list = new ChunkedList<(int, int)>(values.Select((v, i) => (v % 50, i)));
        var expected = values.Select((v, i) => (v % 50, i)).ToList();

        list.Sort();
        expected.Sort();

        Assert.Equal(expected, list);
    }

    [Fact]
    public void Sort_AcrossChunks_OrdersAsAListDoes()
    {
        var random = new Random(5);
        var items = Enumerable.Range(0, 25_000).Select(i => (random.Next(2_000), i)).ToList();
        var list = new ChunkedList<(int, int)>(items);

        list.Sort();
        items.Sort();

        Assert.Equal(items, list);
    }

    [Fact]
    public void TrueForAllAndFindAll_AnswerAsAListDoes()
    {
        var list = new ChunkedList<int>(Enumerable.Range(0, 20_000));

        Assert.True(list.TrueForAll(i => i >= 0));
        Assert.False(list.TrueForAll(i => i < 19_999));
        Assert.Equal(Enumerable.Range(0, 20_000).Where(i => i % 7 == 3), list.FindAll(i => i % 7 == 3));
    }

    /// <summary>Any interleaving of adds and takes, long enough to grow and to compact, gives what a queue gives.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(QueueOpArbitraries)])]
    public void Queue_AnyEnqueuesAndDequeues_AnswerAsAQueue(int[] runs)
    {
        var queue = new ChunkedQueue<int>();
        var expected = new Queue<int>();
        int next = 0;
        foreach (int run in runs)
        {
            // A positive run adds that many items, a negative one takes up to that many.
            for (int i = 0; i < Math.Abs(run); i++)
            {
                if (run > 0)
                {
                    queue.Enqueue(next);
                    expected.Enqueue(next++);
                }
                else if (expected.Count > 0)
                {
                    Assert.Equal(expected.Peek(), queue.Peek());
                    Assert.Equal(expected.Dequeue(), queue.Dequeue());
                }
            }

            Assert.Equal(expected.Count, queue.Count);
        }

        Assert.Equal(expected, Drain(queue));
    }

    [Fact]
    public void Queue_Empty_PeekAndDequeueThrow()
    {
        var queue = new ChunkedQueue<string>();
        queue.Enqueue("a");
        queue.Dequeue();

        Assert.Throws<InvalidOperationException>(() => queue.Peek());
        Assert.Throws<InvalidOperationException>(() => queue.Dequeue());
    }

    private static List<int> Drain(ChunkedQueue<int> queue)
    {
        var items = new List<int>();
        while (queue.Count > 0)
        {
            items.Add(queue.Dequeue());
        }

        return items;
    }

    public static class QueueOpArbitraries
    {
        public static Arbitrary<int[]> Runs() =>
            Arb.From(Gen.ArrayOf(Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(-40, -1), Gen.Choose(5_000, 9_000), Gen.Choose(-9_000, -5_000))));
    }
}
