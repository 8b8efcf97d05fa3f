using System.Linq.Expressions;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// NRules' session events (<see cref="IEventProvider"/>), raised at the moments NRules' runtime raises them. A session's
/// aggregator passes every event on to its factory's, with the session as sender.
/// </summary>
internal sealed class EventAggregator(EventAggregator? parent = null) : IEventProvider
{
    // How many aggregators of the process count trace subscribers now: while none does, TraceEnabled is one read, not a
    // walk up to the factory's aggregator (it is asked at every expression a rule evaluates).
    private static int s_tracingAggregators;

    // Trace handlers come and go rarely: one lock for every aggregator keeps each count and the total in step.
    private static readonly object TraceLock = new();

    private int _traceSubscribers;
    /// <inheritdoc/>
    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;
    /// <inheritdoc/>
    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;
    /// <inheritdoc/>
    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;
    /// <inheritdoc/>
    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;
    /// <inheritdoc/>
    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;
    /// <inheritdoc/>
    public event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;
    /// <inheritdoc/>
    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;
    /// <inheritdoc/>
    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;
    /// <inheritdoc/>
    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;
    /// <inheritdoc/>
    public event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;
    /// <inheritdoc/>
    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;
    /// <inheritdoc/>
    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    /// <inheritdoc/>
    public event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;

    /// <inheritdoc/>
    public event EventHandler<AgendaExpressionErrorEventArgs>? AgendaExpressionFailedEvent;

    private event EventHandler<LhsExpressionEventArgs>? LhsEvaluated;

    private event EventHandler<RhsExpressionEventArgs>? RhsEvaluated;

    private event EventHandler<AgendaExpressionEventArgs>? AgendaEvaluated;

    /// <inheritdoc/>
    event EventHandler<LhsExpressionEventArgs>? IEventProvider.LhsExpressionEvaluatedEvent
    {
        add
        {
            CountTraceSubscribers(+1);
            LhsEvaluated += value;
        }

        remove
        {
            LhsEvaluated -= value;
            CountTraceSubscribers(-1);
        }
    }

    /// <inheritdoc/>
    event EventHandler<RhsExpressionEventArgs>? IEventProvider.RhsExpressionEvaluatedEvent
    {
        add
        {
            CountTraceSubscribers(+1);
            RhsEvaluated += value;
        }

        remove
        {
            RhsEvaluated -= value;
            CountTraceSubscribers(-1);
        }
    }

    /// <inheritdoc/>
    event EventHandler<AgendaExpressionEventArgs>? IEventProvider.AgendaExpressionEvaluatedEvent
    {
        add
        {
            CountTraceSubscribers(+1);
            AgendaEvaluated += value;
        }

        remove
        {
            AgendaEvaluated -= value;
            CountTraceSubscribers(-1);
        }
    }

    /// <summary>Gets a value indicating whether someone listens to every evaluation (which turns hash lookups off).</summary>
    public bool TraceEnabled => Volatile.Read(ref s_tracingAggregators) > 0 && (Volatile.Read(ref _traceSubscribers) > 0 || (parent?.TraceEnabled ?? false));

    // Every add and every remove counts, as on NRules' runtime: removing a handler that was never added lowers the count.
    private void CountTraceSubscribers(int change)
    {
        lock (TraceLock)
        {
            bool before = _traceSubscribers > 0;
            _traceSubscribers += change;
            bool after = _traceSubscribers > 0;
            if (before != after)
            {
                s_tracingAggregators += after ? 1 : -1;
            }
        }
    }

    public void RaiseActivationCreated(ISession session, IMatch match)
    {
        ActivationCreatedEvent?.Invoke(session, new AgendaEventArgs(match));
        parent?.RaiseActivationCreated(session, match);
    }

    public void RaiseActivationUpdated(ISession session, IMatch match)
    {
        ActivationUpdatedEvent?.Invoke(session, new AgendaEventArgs(match));
        parent?.RaiseActivationUpdated(session, match);
    }

    public void RaiseActivationDeleted(ISession session, IMatch match)
    {
        ActivationDeletedEvent?.Invoke(session, new AgendaEventArgs(match));
        parent?.RaiseActivationDeleted(session, match);
    }

    public void RaiseRuleFiring(ISession session, IMatch match)
    {
        RuleFiringEvent?.Invoke(session, new AgendaEventArgs(match));
        parent?.RaiseRuleFiring(session, match);
    }

    public void RaiseRuleFired(ISession session, IMatch match)
    {
        RuleFiredEvent?.Invoke(session, new AgendaEventArgs(match));
        parent?.RaiseRuleFired(session, match);
    }

    public void RaiseFactInserting(ISession session, IFact fact)
    {
        FactInsertingEvent?.Invoke(session, new WorkingMemoryEventArgs(fact));
        parent?.RaiseFactInserting(session, fact);
    }

    public void RaiseFactInserted(ISession session, IFact fact)
    {
        FactInsertedEvent?.Invoke(session, new WorkingMemoryEventArgs(fact));
        parent?.RaiseFactInserted(session, fact);
    }

    public void RaiseFactUpdating(ISession session, IFact fact)
    {
        FactUpdatingEvent?.Invoke(session, new WorkingMemoryEventArgs(fact));
        parent?.RaiseFactUpdating(session, fact);
    }

    public void RaiseFactUpdated(ISession session, IFact fact)
    {
        FactUpdatedEvent?.Invoke(session, new WorkingMemoryEventArgs(fact));
        parent?.RaiseFactUpdated(session, fact);
    }

    public void RaiseFactRetracting(ISession session, IFact fact)
    {
        FactRetractingEvent?.Invoke(session, new WorkingMemoryEventArgs(fact));
        parent?.RaiseFactRetracting(session, fact);
    }

    public void RaiseFactRetracted(ISession session, IFact fact)
    {
        FactRetractedEvent?.Invoke(session, new WorkingMemoryEventArgs(fact));
        parent?.RaiseFactRetracted(session, fact);
    }

    /// <summary>Reports a failed left-hand-side expression; returns whether a handler marked it handled.</summary>
    public bool RaiseLhsExpressionFailed(ISession session, Exception exception, LambdaExpression expression, ArgumentReader arguments,
        Tuple? tuple, Fact? fact, IReadOnlyList<IRuleDefinition> rules)
    {
        bool handled = false;
        if (LhsExpressionFailedEvent is { } handler)
        {
            var args = new LhsExpressionErrorEventArgs(expression, exception, arguments.Read(tuple, fact)!, tuple, fact, rules);
            handler(session, args);
            handled = args.IsHandled;
        }

        return (parent?.RaiseLhsExpressionFailed(session, exception, expression, arguments, tuple, fact, rules) ?? false) | handled;
    }

    public void RaiseLhsExpressionEvaluated(ISession session, Exception? exception, LambdaExpression expression, ArgumentReader arguments,
        object? result, Tuple? tuple, Fact? fact, IReadOnlyList<IRuleDefinition> rules)
    {
        LhsEvaluated?.Invoke(session, new LhsExpressionEventArgs(expression, exception, arguments.Read(tuple, fact)!, result, tuple, fact, rules));
        parent?.RaiseLhsExpressionEvaluated(session, exception, expression, arguments, result, tuple, fact, rules);
    }

    /// <summary>Reports a failed action; returns whether a handler marked it handled.</summary>
    public bool RaiseRhsExpressionFailed(ISession session, Exception exception, LambdaExpression expression, object?[] arguments, IMatch match)
    {
        bool handled = false;
        if (RhsExpressionFailedEvent is { } handler)
        {
            var args = new RhsExpressionErrorEventArgs(expression, exception, arguments!, match);
            handler(session, args);
            handled = args.IsHandled;
        }

        return (parent?.RaiseRhsExpressionFailed(session, exception, expression, arguments, match) ?? false) | handled;
    }

    public void RaiseRhsExpressionEvaluated(ISession session, Exception? exception, LambdaExpression expression, object?[] arguments, IMatch match)
    {
        RhsEvaluated?.Invoke(session, new RhsExpressionEventArgs(expression, exception, arguments!, match));
        parent?.RaiseRhsExpressionEvaluated(session, exception, expression, arguments, match);
    }

    // Agenda filters are refused when rules are compiled, so these two never fire; they exist because the interface
    // has them. The unused-event warning is about exactly that.
    internal bool HasAgendaListeners => AgendaExpressionFailedEvent is not null || AgendaEvaluated is not null;
}
