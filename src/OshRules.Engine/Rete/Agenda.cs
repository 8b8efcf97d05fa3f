namespace OshRules.Engine.Rete;

/// <summary>
/// The activations waiting to fire: higher priority first, and among equal priorities the one queued first. An
/// activation is queued once; taking it off only marks it, and a mark is checked when it reaches the front — so an
/// activation re-queued while an older entry of it is still in the queue fires from the older entry's place, as in
/// NRules' runtime.
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<Activation, (int Priority, long Order)> _queue = new(OrderComparer.Instance);
    private long _order;

    public bool IsEmpty
    {
        get
        {
            Purge();
            return _queue.Count == 0;
        }
    }

    public Activation Peek()
    {
        Purge();
        return _queue.Peek();
    }

    public Activation Pop()
    {
        Activation activation = _queue.Dequeue();
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

        if (session.WorkingMemory.HasLinks(activation))
        {
            session.QueueRetractLinked(activation);
        }
    }

    public void Clear()
    {
        while (_queue.Count > 0)
        {
            Activation activation = _queue.Dequeue();
            activation.IsEnqueued = false;
            activation.Clear();
        }
    }

    private void Enqueue(Activation activation)
    {
        if (!activation.IsEnqueued)
        {
            activation.IsEnqueued = true;
            _queue.Enqueue(activation, (activation.CompiledRule.Priority, _order++));
        }
    }

    private void Purge()
    {
        while (_queue.Count > 0)
        {
            Activation current = _queue.Peek();
            if (current.IsEnqueued && current.IsActionable)
            {
                return;
            }

            _queue.Dequeue();
            current.IsEnqueued = false;
        }
    }

    private sealed class OrderComparer : IComparer<(int Priority, long Order)>
    {
        public static readonly OrderComparer Instance = new();

        // The queue takes the smallest first: higher priority, then earlier order.
        public int Compare((int Priority, long Order) x, (int Priority, long Order) y)
        {
            int byPriority = y.Priority.CompareTo(x.Priority);
            return byPriority != 0 ? byPriority : x.Order.CompareTo(y.Order);
        }
    }
}
