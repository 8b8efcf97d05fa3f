using OshRules.Engine.Diagnostics;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A session: working memory, the memories of the shared network's beta nodes (started on first use), and the agenda.
/// Every public operation is one propagation "operation": activations that lose their match during it are only
/// deleted at its end, so a fact updated (retracted then re-inserted) keeps its activations, which then count as
/// updated rather than new.
/// </summary>
internal sealed class Session : ISession
{
    private readonly SessionFactory _factory;
    private readonly WorkingMemory _memory;
    private BetaMemory[]? _betaMemories;
    private SlotStore<RightEntry> _rights;
    private SlotStore<RootEntry> _roots;
    private SlotStore<PairEntry> _pairs;
    private SlotStore<LeftEntry> _lefts;
    private SlotStore<OutputEntry> _outputs;
    private SlotStore<FanEntry> _fans;
    private const int KeyBoxes = 1024;
    private Dictionary<MatchKey, Activation>? _pending;
    private object?[]? _keyBoxes;
    private List<Activation>? _pendingOverflow;

    // Per rule (by index): how many of its activations went into _pending in this operation. A rule with none cannot
    // have a match to revive, so its new matches skip building a key and probing the table.
    private int[]? _pendingByRule;
    private readonly Agenda _agenda;
    private EventAggregator? _events;
    private ActionContext? _context;
    private RuleLhsExpressionEvaluationException? _lhsFailure;
    private long _nextId;
    private int _depth;
    private bool _started;
    private bool _halted;

    public Session(SessionFactory factory)
    {
        _factory = factory;
        _memory = new WorkingMemory(factory.Hint(SizeHint.Facts));
        _agenda = new Agenda(factory.Hint(SizeHint.Fired));

        // The stores only remember their hints here; each allocates on its first entry.
        _rights = new SlotStore<RightEntry>(factory.Hint(SizeHint.Rights));
        _roots = new SlotStore<RootEntry>(factory.Hint(SizeHint.Roots));
        _pairs = new SlotStore<PairEntry>(factory.Hint(SizeHint.Pairs));
        _lefts = new SlotStore<LeftEntry>(factory.Hint(SizeHint.Lefts));
        _outputs = new SlotStore<OutputEntry>(factory.Hint(SizeHint.Outputs));
        _fans = new SlotStore<FanEntry>(factory.Hint(SizeHint.Fans));
    }

    public IEventProvider Events => _events ??= new EventAggregator();

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Begin();
        try
        {
            if (InsertCore(fact) is null)
            {
                throw new ArgumentException("The fact to insert is already in working memory.", nameof(fact));
            }
        }
        finally
        {
            End();
        }

        ThrowIfLhsFailed();
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.TryGetNonEnumeratedCount(out int count))
        {
            _memory.EnsureCapacity(_memory.Count + count);
        }

        // Enter every fact first (one hash pass, and all-or-nothing on a null or a duplicate), then propagate them. The
        // new handles are found again by their numbers in working memory when those run in order (no retraction left a
        // gap to fill); otherwise they are listed, in chunks.
        int firstSlot = _memory.NextSlotInOrder;
        ChunkedList<FactHandle>? listed = firstSlot == 0 ? new ChunkedList<FactHandle>(count) : null;
        int added = 0;
        FactHandle Added(int i) => listed is null ? _memory.HandleAt(firstSlot + i) : listed[i];
        foreach (object fact in facts)
        {
            FactHandle? handle = fact is null ? null : new FactHandle(fact, _nextId + added + 1);
            if (handle is null || !_memory.TryAdd(handle))
            {
                for (int j = added - 1; j >= 0; j--)
                {
                    _memory.Remove(Added(j));
                }

                throw handle is null
                    ? new ArgumentNullException(nameof(facts), "A fact to insert is null; none was inserted.")
                    : new ArgumentException("A fact to insert is already in working memory or appears twice; none was inserted.", nameof(facts));
            }

            listed?.Add(handle);
            added++;
        }

        _nextId += added;
        Begin();
        try
        {
            for (int i = 0; i < added; i++)
            {
                FactHandle handle = Added(i);
                PropagateInsert(handle);
                if (_events is { HasFactHandlers: true })
                {
                    _events.RaiseFactInserted(this, new FactInfo(handle.Value.GetType(), handle.Value));
                }
            }
        }
        finally
        {
            End();
        }

        ThrowIfLhsFailed();
    }

    public bool TryInsert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        bool inserted;
        Begin();
        try
        {
            inserted = InsertCore(fact) is not null;
        }
        finally
        {
            End();
        }

        ThrowIfLhsFailed();
        return inserted;
    }

    public void Update(object fact)
    {
        if (!TryUpdate(fact))
        {
            throw new ArgumentException("The fact to update is not in working memory.", nameof(fact));
        }
    }

    public bool TryUpdate(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        bool updated = false;
        Begin();
        try
        {
            if (_memory.TryGetValue(fact, out FactHandle? handle))
            {
                Replace(handle, fact);
                updated = true;
            }
        }
        finally
        {
            End();
        }

        ThrowIfLhsFailed();
        return updated;
    }

    public void Retract(object fact)
    {
        if (!TryRetract(fact))
        {
            throw new ArgumentException("The fact to retract is not in working memory.", nameof(fact));
        }
    }

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        bool retracted = false;
        Begin();
        try
        {
            if (_memory.TryGetValue(fact, out FactHandle? handle))
            {
                RetractHandle(handle);
                retracted = true;
            }
        }
        finally
        {
            End();
        }

        ThrowIfLhsFailed();
        return retracted;
    }

    public int Fire() => Fire(int.MaxValue);

    public int Fire(int maxRulesNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRulesNumber);
        if (_depth > 0)
        {
            throw new InvalidOperationException("Fire cannot be called from a rule's action.");
        }

        Begin();
        End();
        ThrowIfLhsFailed();

        int fired = 0;
        _halted = false;
        while (fired < maxRulesNumber && !_halted && _agenda.TryDequeue(out Activation activation))
        {
            fired++;
            activation.HasFired = true;
            RuleRhsExpressionEvaluationException? failure;
            Begin();
            try
            {
                failure = Run(activation);
            }
            finally
            {
                End();
            }

            if (failure is not null)
            {
                _lhsFailure = null;
                throw failure;
            }

            ThrowIfLhsFailed();
        }

        _factory.RememberSize(SizeHint.Facts, _memory.Count);
        _factory.RememberSize(SizeHint.Fired, fired);
        _factory.RememberSize(SizeHint.Rights, _rights.Count);
        _factory.RememberSize(SizeHint.Roots, _roots.Count);
        _factory.RememberSize(SizeHint.Pairs, _pairs.Count);
        _factory.RememberSize(SizeHint.Lefts, _lefts.Count);
        _factory.RememberSize(SizeHint.Outputs, _outputs.Count);
        _factory.RememberSize(SizeHint.Fans, _fans.Count);
        return fired;
    }

    public IEnumerable<TFact> Query<TFact>()
    {
        // Count, then fill an array of exactly that size: no list growing on the way.
        int count = 0;
        foreach (FactHandle handle in _memory.Handles())
        {
            if (handle.Value is TFact)
            {
                count++;
            }
        }

        var found = new FactHandle[count];
        int i = 0;
        foreach (FactHandle handle in _memory.Handles())
        {
            if (handle.Value is TFact)
            {
                found[i++] = handle;
            }
        }

        Array.Sort(found, static (a, b) => a.Id.CompareTo(b.Id));
        var result = new TFact[count];
        for (i = 0; i < result.Length; i++)
        {
            result[i] = (TFact)found[i].Value;
        }

        return result;
    }

    /// <summary>Gets how many beta memories this session has started (for tests of lazy allocation).</summary>
    internal int AllocatedMemories => _betaMemories?.Count(m => m.IsStarted) ?? 0;

    /// <summary>The right entries of all beta nodes of this session, by number.</summary>
    internal ref SlotStore<RightEntry> Rights => ref _rights;

    /// <summary>The pairs of all beta nodes of this session, by number.</summary>
    internal ref SlotStore<PairEntry> Pairs => ref _pairs;

    /// <summary>The partial matches in the left memories of all beta nodes of this session, by number.</summary>
    internal ref SlotStore<LeftEntry> Lefts => ref _lefts;

    /// <summary>What filters, bindings and terminals passed on, by number (see <see cref="OutputEntry"/>).</summary>
    internal ref SlotStore<OutputEntry> Outputs => ref _outputs;

    /// <summary>The successors' numbers of the partial matches that went through fan-outs (see <see cref="FanEntry"/>).</summary>
    internal ref SlotStore<FanEntry> Fans => ref _fans;

    /// <summary>The partial matches made by root nodes, by number (see <see cref="RootEntry"/>).</summary>
    internal ref SlotStore<RootEntry> Roots => ref _roots;

    /// <summary>Gets whether working memory has grown large enough to filter new facts (for tests of that path).</summary>
    internal bool FiltersNewFacts => _memory.IsFiltered;

    /// <summary>Gets how many facts are in working memory (a sizing hint for node memories).</summary>
    internal int FactCount => _memory.Count;

    internal void Halt() => _halted = true;

    /// <summary>
    /// A boxed join key, reused while it stays in a small direct-mapped cache: the facts and partial matches of one
    /// worker are joined on the same id within moments of each other, so most keys are boxed once instead of once per
    /// fact, node and partial match (fewer objects for the collector to trace in a large session).
    /// </summary>
    internal object BoxKey(int key)
    {
        // Sized to the session (a small one pays for a few slots only), up to the cap as it grows.
        object?[]? boxes = _keyBoxes;
        if (boxes is null || (boxes.Length < KeyBoxes && boxes.Length < _memory.Count))
        {
            boxes = _keyBoxes = new object?[Math.Min(KeyBoxes, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _memory.Count)))];
        }

        ref object? slot = ref boxes[key & (boxes.Length - 1)];
        if (slot is int cached && cached == key)
        {
            return slot;
        }

        object box = key;
        slot = box;
        return box;
    }

    /// <summary>
    /// The memory of <paramref name="node"/> in this session, started on first use. A reference into an array made once
    /// per session, so it stays valid while entries are added anywhere.
    /// </summary>
    internal ref BetaMemory GetBetaMemory(BetaNode node)
    {
        ref BetaMemory memory = ref (_betaMemories ??= new BetaMemory[_factory.MemoryCount])[node.MemoryIndex];
        if (!memory.IsStarted)
        {
            memory = new BetaMemory(node.Index is not null);
        }

        return ref memory;
    }

    internal void ReportLhsFailure(RuleNetwork rule, string expression, Exception exception)
    {
        string name = rule.Definition.Name;
        if (_events is not null && _events.RaiseLhsFailed(this, new LhsExpressionErrorEventArgs(rule.Definition, expression, exception)))
        {
            return;
        }

        _lhsFailure ??= new RuleLhsExpressionEvaluationException(
            $"Failed to evaluate a condition of rule '{name}': {expression}", name, expression, exception);
    }

    /// <summary>Makes (or, within an update, revives) the activation of a new match and schedules it.</summary>
    /// <returns>The activation: the token itself when it was made for this rule's terminal and is not a revival.</returns>
    internal Activation Activate(RuleNetwork rule, Token token)
    {
        // Only a match lost earlier in this same operation can come back as the same activation (an update).
        if (_pendingByRule is { } counts && counts[rule.Index] > 0 && _pending!.Remove(new MatchKey(rule, token.Items), out Activation? activation))
        {
            counts[rule.Index]--;
            activation.Token = token;
            activation.PendingRemoval = false;
            if (!activation.HasFired || rule.Repeatable)
            {
                _agenda.Schedule(activation);
            }

            return activation;
        }

        // A token made for this terminal (Node.NewInput) is its own activation, and reaches the terminal once, so it
        // has never been scheduled; any other token (a fan-out's shared one, one passed on unchanged) gets its own.
        activation = token is Activation own && ReferenceEquals(own.Network, rule) && own.Version == 0 && !own.Removed
            ? own
            : new Activation(rule, token);
        _agenda.Schedule(activation);
        if (_events is { HasActivationCreatedHandlers: true })
        {
            _events.RaiseActivationCreated(this, activation.Snapshot());
        }

        return activation;
    }

    /// <summary>The match of <paramref name="token"/> went away: its activation is deleted at the end of the operation unless it comes back.</summary>
    internal void Deactivate(Activation activation, Token token)
    {
        if (!ReferenceEquals(activation.Token, token) || activation.Removed || activation.PendingRemoval)
        {
            return;
        }

        activation.PendingRemoval = true;
        Agenda.Unschedule(activation);
        if (!(_pending ??= []).TryAdd(activation.Key, activation))
        {
            (_pendingOverflow ??= []).Add(activation);
            return;
        }

        (_pendingByRule ??= new int[_factory.Rules.Length])[activation.Network.Index]++;
    }

    private void Begin()
    {
        _depth++;
        if (!_started)
        {
            _started = true;
            foreach (RuleNetwork rule in _factory.Rules)
            {
                if (!StartsLazily(rule))
                {
                    // The empty match that opens such a rule stays for the session's life: its number is not needed.
                    _ = rule.First.LeftAdd(this, rule.First.NewInput(new object?[rule.First.Width]));
                }
            }
        }
    }

    // A rule opening with a root join needs no empty match: each fact it admits is a partial match (see RootEntry), so a
    // session pays nothing for the rules its facts never touch. Every other rule starts from the empty match.
    private static bool StartsLazily(RuleNetwork rule) => rule.First is JoinNode { IsRoot: true };

    private void End()
    {
        if (_depth == 1)
        {
            Sweep();
        }

        _depth--;
    }

    private void ThrowIfLhsFailed()
    {
        if (_depth == 0 && _lhsFailure is { } failure)
        {
            _lhsFailure = null;
            throw failure;
        }
    }

    /// <summary>Deletes the activations whose match went away during the operation, retracting what they yielded.</summary>
    private void Sweep()
    {
        while (_pending is { Count: > 0 } || _pendingOverflow is { Count: > 0 })
        {
            var batch = new List<Activation>(_pending?.Values ?? Enumerable.Empty<Activation>());
            _pending?.Clear();
            if (_pendingByRule is not null)
            {
                Array.Clear(_pendingByRule);
            }

            if (_pendingOverflow is { Count: > 0 })
            {
                batch.AddRange(_pendingOverflow);
                _pendingOverflow.Clear();
            }

            foreach (Activation activation in batch)
            {
                if (activation.PendingRemoval)
                {
                    Delete(activation);
                }
            }
        }
    }

    private void Delete(Activation activation)
    {
        activation.PendingRemoval = false;
        activation.Removed = true;
        if (_events is { HasActivationDeletedHandlers: true })
        {
            _events.RaiseActivationDeleted(this, activation.Snapshot());
        }

        for (int i = 0; i < activation.Network.YieldCount; i++)
        {
            if (activation.GetLinked(i) is { } handle)
            {
                activation.SetLinked(i, null);
                handle.LinkedOwner = null;
                RetractHandle(handle);
            }
        }
    }

    private FactHandle? InsertCore(object fact)
    {
        var handle = new FactHandle(fact, _nextId + 1);
        if (!_memory.TryAdd(handle))
        {
            return null;
        }

        _nextId++;
        PropagateInsert(handle);
        if (_events is { HasFactHandlers: true })
        {
            _events.RaiseFactInserted(this, new FactInfo(fact.GetType(), fact));
        }

        return handle;
    }

    private void Replace(FactHandle handle, object fact)
    {
        PropagateRetract(handle);
        if (!ReferenceEquals(handle.Value, fact))
        {
            _memory.Remove(handle);
            handle.Value = fact;
            if (!_memory.TryAdd(handle))
            {
                throw new InvalidOperationException("An updated fact collided with another fact in working memory.");
            }
        }

        PropagateInsert(handle);
        if (_events is { HasFactHandlers: true })
        {
            _events.RaiseFactUpdated(this, new FactInfo(fact.GetType(), fact));
        }
    }

    private void RetractHandle(FactHandle handle)
    {
        _memory.Remove(handle);
        PropagateRetract(handle);
        handle.LinkedOwner?.SetLinked(handle.LinkedSlot, null);

        handle.LinkedOwner = null;
        if (_events is { HasFactHandlers: true })
        {
            _events.RaiseFactRetracted(this, new FactInfo(handle.Value.GetType(), handle.Value));
        }
    }

    private void PropagateInsert(FactHandle handle)
    {
        object fact = handle.Value;
        BetaNode[] nodes = _factory.RightNodesFor(fact.GetType());
        for (int i = 0; i < nodes.Length; i++)
        {
            BetaNode node = nodes[i];
            if (node.PassesAlpha(this, fact))
            {
                node.Enter(this, handle);
            }
        }
    }

    private void PropagateRetract(FactHandle handle)
    {
        FactLink link = handle.FirstEntry;
        handle.FirstEntry = default;
        while (!link.IsNone)
        {
            link = _factory.NodeAt(link.Node).Leave(this, link.Number);
        }
    }

    private RuleRhsExpressionEvaluationException? Run(Activation activation)
    {
        ActionContext context = _context ??= new ActionContext(this);
        context.Current = activation;
        MatchSnapshot? snapshot = _events is { HasFiringHandlers: true } ? activation.Snapshot() : null;
        if (snapshot is not null)
        {
            _events!.RaiseRuleFiring(this, snapshot);
        }

        foreach (CompiledAction action in activation.Network.Actions)
        {
            try
            {
                if (action.Do is not null)
                {
                    action.Do(context, activation.Token.Items);
                }
                else
                {
                    Yield(activation, action, context);
                }
            }
#pragma warning disable CA1031 // any failure of user code becomes the engine's exception, naming the rule
            catch (Exception ex)
#pragma warning restore CA1031
            {
                string name = activation.Network.Definition.Name;
                if (_events is not null && _events.RaiseRhsFailed(this, new RhsExpressionErrorEventArgs(snapshot ?? activation.Snapshot(), action.Text, ex)))
                {
                    continue;
                }

                return new RuleRhsExpressionEvaluationException(
                    $"Failed to evaluate an action of rule '{name}': {action.Text}", name, action.Text, ex);
            }
        }

        if (snapshot is not null)
        {
            _events!.RaiseRuleFired(this, snapshot);
        }

        return null;
    }

    private void Yield(Activation activation, CompiledAction action, ActionContext context)
    {
        FactHandle? existing = activation.GetLinked(action.YieldIndex);
        object?[] items = activation.Token.Items;
        if (existing is null)
        {
            object value = action.Yield!(context, items) ?? throw new InvalidOperationException("A rule yielded null.");
            FactHandle handle = InsertCore(value) ?? throw new ArgumentException("The yielded fact is already in working memory.");
            handle.LinkedOwner = activation;
            handle.LinkedSlot = action.YieldIndex;
            activation.SetLinked(action.YieldIndex, handle);
            return;
        }

        object next = (action.YieldUpdate is not null ? action.YieldUpdate(context, items, existing.Value) : action.Yield!(context, items))
            ?? throw new InvalidOperationException("A rule yielded null.");

        // An equal value changes nothing downstream: skip the update rather than re-fire the rules chained on it.
        if (Equals(existing.Value, next))
        {
            return;
        }

        if (!FactIdentityComparer.Instance.Equals(existing.Value, next) && _memory.Contains(next))
        {
            throw new ArgumentException("The yielded fact is already in working memory.");
        }

        Replace(existing, next);
    }
}
