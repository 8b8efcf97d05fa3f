using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A session of OshRules.Engine: NRules' <see cref="ISession"/>, with the same operations, results, events and
/// exceptions as NRules' runtime. Not thread-safe (one session per unit of work); cheap to create.
/// </summary>
internal sealed class Session : ISession, IDisposable
{
    private readonly Network _network;
    private readonly SessionMemoryPool _pool;
    private readonly SessionMemory _memory;
    private bool _disposed;
    private readonly SessionSizeHint _sizeHint;
    private readonly Queue<LinkedFactSet> _linkedFacts = new();
    private LinkedFactSet? _lastQueued;

    // The context of the last firing whose rule keeps its context to itself, for the next such firing.
    private ActionContext? _spareContext;

    // The last set propagated without being handed to a caller (PropagateLinked hands its sets out): the next one queued.
    private LinkedFactSet? _spareSet;

    // Facts whose object has changed ahead of the propagation of their update: being propagated, or queued as linked.
    private int _pendingUpdates;

    public Session(Network network, EventAggregator factoryEvents, IDependencyResolver resolver, IActionInterceptor? interceptor, SessionSizeHint sizeHint, SessionMemoryPool pool)
    {
        _network = network;
        _sizeHint = sizeHint;
        _pool = pool;
        _memory = pool.Rent(sizeHint.Facts);
        WorkingMemory = _memory.Facts;
        Memories = _memory.Nodes;
        Events = new EventAggregator(factoryEvents);
        DependencyResolver = resolver;
        ActionInterceptor = interceptor;
    }

    /// <summary>Lists a node memory the session writes to, once, so that disposing the session empties it.</summary>
    public void Writes(NodeMemory memory, int index)
    {
        if (!memory.Written)
        {
            memory.Written = true;
            _memory.Written.Add(index);
        }
    }

    /// <summary>Gets a value indicating whether <see cref="Dispose"/> was called.</summary>
    public bool IsDisposed => _disposed;

    /// <summary>Gets the per-session memories and states of the nodes, by the nodes' numbers.</summary>
    public object?[] Memories { get; }

    public Agenda Agenda => _memory.Agenda;

    /// <summary>Gets the scratch lists propagation reuses (they go back to the factory with the session's memories).</summary>
    public Pool Pool => _memory.Pool;

    public WorkingMemory WorkingMemory { get; }

    public EventAggregator Events { get; }

    /// <inheritdoc/>
    public bool AutoPropagateLinkedFacts { get; set; } = true;

    /// <inheritdoc/>
    IAgenda ISession.Agenda => new AgendaView(this);

    /// <inheritdoc/>
    IEventProvider ISession.Events => Events;

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">Always: this runtime keeps no per-node metrics.</exception>
    public IMetricsProvider Metrics => throw new NotSupportedException("OshRules.Engine keeps no per-node performance metrics (ISession.Metrics).");

    /// <inheritdoc/>
    public IDependencyResolver DependencyResolver { get; set; }

    /// <inheritdoc/>
    public IActionInterceptor? ActionInterceptor { get; set; }

    /// <summary>
    /// Gets a value indicating whether joins must pair everything instead of looking keys up: someone traces every
    /// evaluation, or a fact's object has changed ahead of its update's propagation, so that memories the update has not
    /// reached yet file it (and the tuples holding it) under a key of its old object, while NRules' joins read the new one.
    /// </summary>
    public bool PairsEverything => _pendingUpdates > 0 || Events.TraceEnabled;

    public void Activate() => _network.Activate(this);

    /// <inheritdoc/>
    public void InsertAll(IEnumerable<object> facts)
    {
        if (TryInsertAll(facts).FailedCount > 0)
        {
            throw new ArgumentException("Facts for insert already exist", nameof(facts));
        }
    }

    /// <inheritdoc/>
    public IFactResult TryInsertAll(IEnumerable<object> facts) => TryInsertAll(facts, BatchOptions.AllOrNothing);

    /// <inheritdoc/>
    public IFactResult TryInsertAll(IEnumerable<object> facts, BatchOptions options)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(facts);
        if (options == BatchOptions.SkipFailed)
        {
            return InsertAllSkippingFailed(facts);
        }

        List<object>? failed = null;
        ChunkedList<Fact> toPropagate = Pool.Facts();
        foreach (object value in facts)
        {
            if (WorkingMemory.GetFact(value) is null)
            {
                toPropagate.Add(new Fact(value));
            }
            else
            {
                (failed ??= []).Add(value);
            }
        }

        if (failed is null || options == BatchOptions.SkipFailed)
        {
            WorkingMemory.Reserve(toPropagate.Count);
            foreach (Fact fact in toPropagate)
            {
                WorkingMemory.AddFact(fact);
            }

            _network.PropagateAssert(this, toPropagate);
            PropagateQueued();
        }

        Pool.Return(toPropagate);
        return failed is null ? FactResult.None : new FactResult(failed);
    }

    /// <summary>
    /// <see cref="TryInsertAll(IEnumerable{object}, BatchOptions)"/> with <see cref="BatchOptions.SkipFailed"/>: each
    /// fact is looked up and added in one step (its identity hashed once), which leaves working memory as NRules' two
    /// passes do, a fact already present skipped. A second copy of a fact within the batch throws the table's own
    /// exception at the same point, the facts before it added and none propagated, as NRules' second pass does.
    /// </summary>
    private FactResult InsertAllSkippingFailed(IEnumerable<object> facts)
    {
        List<object>? failed = null;
        ChunkedList<Fact> toPropagate = Pool.Facts();
        if (facts.TryGetNonEnumeratedCount(out int count))
        {
            WorkingMemory.Reserve(count);
        }

        foreach (object value in facts)
        {
            if (WorkingMemory.TryAddFact(value, out Fact? fact))
            {
                toPropagate.Add(fact);
            }
            else if (toPropagate.Contains(fact))
            {
                Pool.Return(toPropagate);
                WorkingMemory.AddFact(new Fact(value));
            }
            else
            {
                (failed ??= []).Add(value);
            }
        }

        _network.PropagateAssert(this, toPropagate);
        PropagateQueued();
        Pool.Return(toPropagate);
        return failed is null ? FactResult.None : new FactResult(failed);
    }

    /// <inheritdoc/>
    public void Insert(object fact)
    {
        if (!TryInsert(fact))
        {
            throw new ArgumentException("Facts for insert already exist", "facts");
        }
    }

    /// <inheritdoc/>
    public bool TryInsert(object fact)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // One fact: what TryInsertAll does with a batch of one, without the batch's lists (looked up and added at once).
        if (!WorkingMemory.TryAddFact(fact, out Fact wrapper))
        {
            return false;
        }

        ChunkedList<Fact> batch = Pool.Facts();
        batch.Add(wrapper);
        _network.PropagateAssert(this, batch);
        Pool.Return(batch);
        PropagateQueued();
        return true;
    }

    /// <inheritdoc/>
    public void UpdateAll(IEnumerable<object> facts)
    {
        if (TryUpdateAll(facts).FailedCount > 0)
        {
            throw new ArgumentException("Facts for update do not exist", nameof(facts));
        }
    }

    /// <inheritdoc/>
    public IFactResult TryUpdateAll(IEnumerable<object> facts) => TryUpdateAll(facts, BatchOptions.AllOrNothing);

    /// <inheritdoc/>
    public IFactResult TryUpdateAll(IEnumerable<object> facts, BatchOptions options)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(facts);
        var failed = new List<object>();
        var toPropagate = new ChunkedList<Fact>();
        foreach (object value in facts)
        {
            if (WorkingMemory.GetFact(value) is { Source: null } fact)
            {
                if (!ReferenceEquals(fact.RawObject, value))
                {
                    fact.RawObject = value;
                }

                toPropagate.Add(fact);
            }
            else
            {
                failed.Add(value);
            }
        }

        if (failed.Count == 0 || options == BatchOptions.SkipFailed)
        {
            foreach (Fact fact in toPropagate)
            {
                WorkingMemory.UpdateFact(fact);
            }

            PropagateUpdate(toPropagate);
            PropagateQueued();
        }
        else if (toPropagate.Count > 0)
        {
            // As in NRules, the objects stay replaced though the batch is not propagated: file them by their new keys.
            RekeyAll();
        }

        return new FactResult(failed);
    }

    /// <inheritdoc/>
    public void Update(object fact) => UpdateAll([fact]);

    /// <inheritdoc/>
    public bool TryUpdate(object fact) => TryUpdateAll([fact]).FailedCount == 0;

    /// <inheritdoc/>
    public void RetractAll(IEnumerable<object> facts)
    {
        if (TryRetractAll(facts).FailedCount > 0)
        {
            throw new ArgumentException("Facts for retract do not exist", nameof(facts));
        }
    }

    /// <inheritdoc/>
    public IFactResult TryRetractAll(IEnumerable<object> facts) => TryRetractAll(facts, BatchOptions.AllOrNothing);

    /// <inheritdoc/>
    public IFactResult TryRetractAll(IEnumerable<object> facts, BatchOptions options)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(facts);
        var failed = new List<object>();
        var toPropagate = new ChunkedList<Fact>();
        foreach (object value in facts)
        {
            if (WorkingMemory.GetFact(value) is { Source: null } fact)
            {
                toPropagate.Add(fact);
            }
            else
            {
                failed.Add(value);
            }
        }

        if (failed.Count == 0 || options == BatchOptions.SkipFailed)
        {
            _network.PropagateRetract(this, toPropagate);
            foreach (Fact fact in toPropagate)
            {
                WorkingMemory.RemoveFact(fact);
            }

            PropagateQueued();
        }

        return new FactResult(failed);
    }

    /// <inheritdoc/>
    public void Retract(object fact) => RetractAll([fact]);

    /// <inheritdoc/>
    public bool TryRetract(object fact) => TryRetractAll([fact]).FailedCount == 0;

    /// <inheritdoc/>
    public IEnumerable<ILinkedFactSet> PropagateLinked()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_linkedFacts.Count == 0)
        {
            return [];
        }

        var sets = new List<ILinkedFactSet>(_linkedFacts.Count);
        PropagateQueued(sets);
        return sets;
    }

    /// <summary>Propagates the queued linked facts, set by set, as <see cref="PropagateLinked"/> does; lists them when asked.</summary>
    private void PropagateQueued(List<ILinkedFactSet>? propagated = null)
    {
        while (_linkedFacts.Count > 0)
        {
            LinkedFactSet set = _linkedFacts.Dequeue();
            if (_linkedFacts.Count == 0)
            {
                _lastQueued = null;
            }

            propagated?.Add(set);
            switch (set.Action)
            {
                case LinkedFactAction.Insert:
                    _network.PropagateAssert(this, set.FactList);
                    break;
                case LinkedFactAction.Update:
                    try
                    {
                        PropagateUpdate(set.FactList);
                    }
                    finally
                    {
                        _pendingUpdates -= set.FactCount;
                    }

                    break;
                default:
                    _network.PropagateRetract(this, set.FactList);
                    foreach (Fact fact in set.FactList)
                    {
                        WorkingMemory.RemoveFact(fact);
                    }

                    break;
            }

            if (propagated is null)
            {
                _spareSet = set;
            }
        }
    }

    /// <inheritdoc/>
    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    /// <inheritdoc/>
    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    /// <inheritdoc/>
    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, CancellationToken.None);

    /// <inheritdoc/>
    public int Fire(int maxRulesNumber, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int fired = 0;
        while (!Agenda.IsEmpty && fired < maxRulesNumber)
        {
            Activation activation = Agenda.Pop();
            bool reusable = activation.CompiledRule.KeepsContext && ActionInterceptor is null;
            ActionContext context = reusable && _spareContext is { } spare
                ? spare.Reset(activation, cancellationToken)
                : new ActionContext(this, activation, cancellationToken);

            // Taken while the actions run: a Fire called from an action makes contexts of its own.
            _spareContext = null;
            try
            {
                Execute(context);
            }
            finally
            {
                if (reusable)
                {
                    _spareContext = context;
                }

                fired++;
                if (AutoPropagateLinkedFacts)
                {
                    PropagateQueued();
                }
            }

            if (context.IsHalted || cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        _sizeHint.Report(WorkingMemory.Count);
        return fired;
    }

    /// <inheritdoc/>
    public IQueryable<TFact> Query<TFact>()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return WorkingMemory.ObjectsOf<TFact>().AsQueryable();
    }

    /// <summary>
    /// Ends the session: its memories, emptied, go back to its factory for the next session to reuse. Everything but
    /// this method throws <see cref="ObjectDisposedException"/> afterwards. Not part of NRules' <see cref="ISession"/>:
    /// a session never disposed is simply collected, as NRules' are.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _linkedFacts.Clear();
        _lastQueued = null;
        _pool.Return(_memory);
    }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">Always: NRules' schema types cannot be built outside NRules.</exception>
    public ReteGraph GetSchema() => throw new NotSupportedException("OshRules.Engine does not describe its network as NRules' ReteGraph (ISessionSchemaProvider.GetSchema).");

    /// <summary>Queues one linked fact for insertion (what a <c>Yield</c> does on its first firing).</summary>
    public void QueueInsertLinked(Activation activation, KeyValuePair<object, object> keyedFact)
    {
        (object key, object value) = keyedFact;
        if (Rete.WorkingMemory.GetLinkedFact(activation, key) is not null)
        {
            throw new ArgumentException($"Linked fact already exists. Key={key}");
        }

        var fact = new TypedFact(value) { Source = activation.LinkSource };
        WorkingMemory.AddLinkedFact(activation, key, fact);
        Queue(LinkedFactAction.Insert).Add(fact);
    }

    /// <summary>Queues one linked fact for update (what a <c>Yield</c> does when its rule fires again).</summary>
    public void QueueUpdateLinked(Activation activation, KeyValuePair<object, object> keyedFact)
    {
        (object key, object value) = keyedFact;
        Fact fact = Rete.WorkingMemory.GetLinkedFact(activation, key) ?? throw new ArgumentException($"Linked fact does not exist. Key={key}");
        fact.Source = activation.LinkSource;
        WorkingMemory.UpdateLinkedFact(activation, key, fact, value);
        _pendingUpdates++;
        Queue(LinkedFactAction.Update).Add(fact);
    }

    public void QueueInsertLinked(Activation activation, IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        var toAdd = new List<(object Key, Fact Fact)>();
        foreach ((object key, object value) in keyedFacts)
        {
            if (Rete.WorkingMemory.GetLinkedFact(activation, key) is not null)
            {
                throw new ArgumentException($"Linked fact already exists. Key={key}");
            }

            toAdd.Add((key, new TypedFact(value) { Source = activation.LinkSource }));
        }

        foreach ((object key, Fact fact) in toAdd)
        {
            WorkingMemory.AddLinkedFact(activation, key, fact);
        }

        ChunkedList<Fact> queued = Queue(LinkedFactAction.Insert);
        foreach ((_, Fact fact) in toAdd)
        {
            queued.Add(fact);
        }
    }

    public void QueueUpdateLinked(Activation activation, IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        var toUpdate = new List<(object Key, Fact Fact, object Value)>();
        foreach ((object key, object value) in keyedFacts)
        {
            Fact fact = Rete.WorkingMemory.GetLinkedFact(activation, key) ?? throw new ArgumentException($"Linked fact does not exist. Key={key}");
            fact.Source = activation.LinkSource;
            toUpdate.Add((key, fact, value));
        }

        foreach ((object key, Fact fact, object value) in toUpdate)
        {
            WorkingMemory.UpdateLinkedFact(activation, key, fact, value);
        }

        _pendingUpdates += toUpdate.Count;
        ChunkedList<Fact> queued = Queue(LinkedFactAction.Update);
        foreach ((_, Fact fact, _) in toUpdate)
        {
            queued.Add(fact);
        }
    }

    public void QueueRetractLinked(Activation activation, IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        var toRemove = new List<(object Key, Fact Fact)>();
        foreach ((object key, object value) in keyedFacts)
        {
            Fact fact = WorkingMemory.GetFact(value) ?? throw new ArgumentException($"Linked fact does not exist. Key={key}");
            fact.Source = activation.LinkSource;
            toRemove.Add((key, fact));
        }

        foreach ((object key, Fact fact) in toRemove)
        {
            Rete.WorkingMemory.RemoveLinkedFact(activation, key);
            fact.Source = null;
        }

        ChunkedList<Fact> queued = Queue(LinkedFactAction.Retract);
        foreach ((_, Fact fact) in toRemove)
        {
            queued.Add(fact);
        }
    }

    /// <summary>Queues the retraction of every fact an activation links (when the activation goes away).</summary>
    public void QueueRetractLinked(Activation activation)
    {
        var keyedFacts = new List<KeyValuePair<object, object>>();
        foreach (object key in Rete.WorkingMemory.GetLinkedKeys(activation))
        {
            keyedFacts.Add(new KeyValuePair<object, object>(key, Rete.WorkingMemory.GetLinkedFact(activation, key)!.Object!));
        }

        QueueRetractLinked(activation, keyedFacts);
    }

    /// <summary>Propagates an update; if it stops half-way, files every memory's entries by their current objects' keys.</summary>
    private void PropagateUpdate(ChunkedList<Fact> facts)
    {
        _pendingUpdates++;
        try
        {
            _network.PropagateUpdate(this, facts);
        }
        catch (Exception)
        {
            RekeyAll();
            throw;
        }
        finally
        {
            _pendingUpdates--;
        }
    }

    /// <summary>Files the facts and tuples of every memory under the keys their current objects give.</summary>
    private void RekeyAll()
    {
        foreach (object? memory in Memories)
        {
            switch (memory)
            {
                case AlphaMemory alpha:
                    alpha.Rekey(alpha.Facts.ToList());
                    break;
                case BetaMemory beta:
                    beta.Rekey(beta.Tuples.ToList());
                    break;
            }
        }
    }

    private ChunkedList<Fact> Queue(LinkedFactAction action)
    {
        if (_lastQueued is null || _lastQueued.Action != action)
        {
            _lastQueued = _spareSet is { } spare && spare.TryReuse(action) ? spare : new LinkedFactSet(action);
            _spareSet = null;
            _linkedFacts.Enqueue(_lastQueued);
        }

        return _lastQueued.FactList;
    }

    private void Execute(ActionContext context)
    {
        Activation activation = context.Activation;
        RuleAction[] actions = activation.CompiledRule.Actions;
        if (ActionInterceptor is { } interceptor)
        {
            var invocations = new List<ActionInvocation>(actions.Length);
            foreach (RuleAction action in actions)
            {
                if (((int)action.Trigger & (int)activation.Trigger) != 0)
                {
                    invocations.Add(new ActionInvocation(this, context, action));
                }
            }

            Events.RaiseRuleFiring(this, activation);
            interceptor.Intercept(context, invocations);
            Events.RaiseRuleFired(this, activation);
            return;
        }

        // The trigger is read before the actions run, as the invocations are made first in NRules' runtime.
        MatchTrigger trigger = activation.Trigger;
        Events.RaiseRuleFiring(this, activation);
        foreach (RuleAction action in actions)
        {
            if (((int)action.Trigger & (int)trigger) == 0)
            {
                continue;
            }

            try
            {
                action.Invoke(this, context);
            }
            catch (Exception e)
            {
                throw NRulesErrors.Rhs(context.Rule.Name, action.Expression.ToString(), e);
            }
        }

        Events.RaiseRuleFired(this, activation);
    }
}
