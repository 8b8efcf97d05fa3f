namespace OshRules.Samples.Report;

/// <summary>
/// The first <see cref="Capacity"/> items of a stream in the order of a comparer, and how many there were in all:
/// what a report's table shows of a list that may be a million long, in memory that does not grow with it.
/// </summary>
internal sealed class BoundedList<T>(int capacity, IComparer<T> order)
{
    // A max-heap on the order: its root is the item that leaves first when a better one comes.
    private readonly PriorityQueue<T, T> kept = new(Comparer<T>.Create((a, b) => order.Compare(b, a)));

    public int Capacity { get; } = capacity;

    /// <summary>Items offered in all.</summary>
    public int Total { get; private set; }

    /// <summary>Items not kept.</summary>
    public int Rest => Total - kept.Count;

    public void Add(T item)
    {
        Total++;
        if (kept.Count < Capacity)
        {
            kept.Enqueue(item, item);
        }
        else if (order.Compare(item, kept.Peek()) < 0)
        {
            kept.EnqueueDequeue(item, item);
        }
    }

    /// <summary>The items kept, in order.</summary>
    public IReadOnlyList<T> Items()
    {
        var items = kept.UnorderedItems.Select(x => x.Element).ToList();
        items.Sort(order);
        return items;
    }
}
