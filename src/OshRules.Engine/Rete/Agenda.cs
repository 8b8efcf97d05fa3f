namespace OshRules.Engine.Rete;

/// <summary>
/// The activations waiting to fire: higher priority first, and among equal priorities the one queued first (NRules'
/// runtime keeps a heap ordered by priority and then by a counter of insertions; a first-in first-out queue per priority
/// gives the same order without the heap's cost). An activation is queued once; taking it off only marks it, and a mark
/// is checked when it reaches the front — so an activation re-queued while an older entry of it is still queued fires
/// from the older entry's place, as in NRules' runtime.
/// </summary>
internal sealed class Agenda
{
    // Queues by priority, highest first; rules have few distinct priorities.
    private const int ReusableLength = 256;

    private readonly List<(int Priority, ChunkedQueue<Activation> Queue)> _queues = [];

    public bool IsEmpty => Front() is null;

    /// <summary>
    /// The entry at the front, as NRules' <c>IAgenda.Peek</c> shows it: without skipping an activation that was removed
    /// (only <see cref="IsEmpty"/> and firing skip those).
    /// </summary>
    public Activation Peek()
    {
        foreach ((_, ChunkedQueue<Activation> queue) in _queues)
        {
            if (queue.Count > 0)
            {
                return queue.Peek();
            }
        }

        throw new InvalidOperationException("Priority queue is empty");
    }

    public Activation Pop()
    {
        ChunkedQueue<Activation> queue = FrontQueue() ?? throw new InvalidOperationException("Priority queue is empty");
        Activation activation = queue.Dequeue();
        activation.IsEnqueued = false;
        activation.OnSelect();
        return activation;
    }

    public void Add(Activation activation)
    {
        activation.OnInsert();
        Enqueue(activation);
    }

    public void Modify(Activation activation)
    {
        if (activation.CompiledRule.Repeatability == NRules.RuleModel.RuleRepeatability.NonRepeatable && activation.HasFired)
        {
            return;
        }

        activation.OnUpdate();
        Enqueue(activation);
    }

    public void Remove(Session session, Activation activation)
    {
        activation.OnRemove();
        if (activation.IsActionable && activation.HasFired)
        {
            Enqueue(activation);
        }
        else
        {
            activation.IsEnqueued = false;
        }

        if (Rete.WorkingMemory.HasLinks(activation))
        {
            session.QueueRetractLinked(activation);
        }
    }

    public void Clear()
    {
        foreach ((_, ChunkedQueue<Activation> queue) in _queues)
        {
            while (queue.Count > 0)
            {
                Activation activation = queue.Dequeue();
                activation.IsEnqueued = false;
                activation.Clear();
            }
        }
    }

    /// <summary>
    /// Empties the queues of a disposed session, for the next session to reuse: nothing is marked, the activations are
    /// dropped with their session. A queue that grew large is dropped rather than kept.
    /// </summary>
    public void Reset()
    {
        for (int i = _queues.Count - 1; i >= 0; i--)
        {
            ChunkedQueue<Activation> queue = _queues[i].Queue;
            if (queue.Capacity > ReusableLength)
            {
                _queues.RemoveAt(i);
            }
            else
            {
                queue.Clear();
            }
        }
    }

    private void Enqueue(Activation activation)
    {
        if (activation.IsEnqueued)
        {
            return;
        }

        activation.IsEnqueued = true;
        int priority = activation.CompiledRule.Priority;
        int at = 0;
        while (at < _queues.Count && _queues[at].Priority > priority)
        {
            at++;
        }

        if (at == _queues.Count || _queues[at].Priority != priority)
        {
            _queues.Insert(at, (priority, new ChunkedQueue<Activation>()));
        }

        _queues[at].Queue.Enqueue(activation);
    }

    private Activation? Front() => FrontQueue()?.Peek();

    /// <summary>The queue of the highest priority whose front entry is live, after dropping dead front entries.</summary>
    private ChunkedQueue<Activation>? FrontQueue()
    {
        foreach ((_, ChunkedQueue<Activation> queue) in _queues)
        {
            while (queue.Count > 0)
            {
                Activation current = queue.Peek();
                if (current.IsEnqueued && current.IsActionable)
                {
                    return queue;
                }

                queue.Dequeue();
                current.IsEnqueued = false;
            }
        }

        return null;
    }
}
