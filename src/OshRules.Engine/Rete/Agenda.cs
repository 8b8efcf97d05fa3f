namespace OshRules.Engine.Rete;

/// <summary>
/// Activations waiting to fire: highest priority first, then the most recent. Removal is lazy: an entry whose
/// version no longer matches its activation's is skipped when dequeued.
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<Entry, Order> _queue = new(OrderComparer.Instance);
    private long _recency;

    public int Count => _queue.Count;

    public void Schedule(Activation activation)
    {
        activation.Version++;
        activation.InAgenda = true;
        _queue.Enqueue(new Entry(activation, activation.Version), new Order(activation.Network.Definition.Priority, ++_recency));
    }

    public static void Unschedule(Activation activation)
    {
        activation.Version++;
        activation.InAgenda = false;
    }

    public bool TryDequeue(out Activation activation)
    {
        while (_queue.TryDequeue(out Entry entry, out _))
        {
            if (entry.Activation.InAgenda && entry.Version == entry.Activation.Version && !entry.Activation.Removed)
            {
                activation = entry.Activation;
                activation.InAgenda = false;
                return true;
            }
        }

        activation = null!;
        return false;
    }

    private readonly record struct Entry(Activation Activation, int Version);

    private readonly record struct Order(int Priority, long Recency);

    private sealed class OrderComparer : IComparer<Order>
    {
        public static readonly OrderComparer Instance = new();

        public int Compare(Order x, Order y)
        {
            int byPriority = y.Priority.CompareTo(x.Priority);
            return byPriority != 0 ? byPriority : y.Recency.CompareTo(x.Recency);
        }
    }
}
