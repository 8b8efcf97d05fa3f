namespace OshRules.Engine.Diagnostics;

/// <summary>The session's event hub; created only when someone asks for <c>Events</c>, so quiet sessions pay nothing.</summary>
internal sealed class EventAggregator : IEventProvider
{
    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    public event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;

    public bool HasFactHandlers => FactInsertedEvent is not null || FactUpdatedEvent is not null || FactRetractedEvent is not null;

    public bool HasFiringHandlers => RuleFiringEvent is not null || RuleFiredEvent is not null;

    public bool HasActivationCreatedHandlers => ActivationCreatedEvent is not null;

    public bool HasActivationDeletedHandlers => ActivationDeletedEvent is not null;

    public void RaiseFactInserted(object sender, RuleModel.IFact fact) => FactInsertedEvent?.Invoke(sender, new WorkingMemoryEventArgs(fact));

    public void RaiseFactUpdated(object sender, RuleModel.IFact fact) => FactUpdatedEvent?.Invoke(sender, new WorkingMemoryEventArgs(fact));

    public void RaiseFactRetracted(object sender, RuleModel.IFact fact) => FactRetractedEvent?.Invoke(sender, new WorkingMemoryEventArgs(fact));

    public void RaiseActivationCreated(object sender, RuleModel.IMatch match) => ActivationCreatedEvent?.Invoke(sender, new AgendaEventArgs(match));

    public void RaiseActivationDeleted(object sender, RuleModel.IMatch match) => ActivationDeletedEvent?.Invoke(sender, new AgendaEventArgs(match));

    public void RaiseRuleFiring(object sender, RuleModel.IMatch match) => RuleFiringEvent?.Invoke(sender, new AgendaEventArgs(match));

    public void RaiseRuleFired(object sender, RuleModel.IMatch match) => RuleFiredEvent?.Invoke(sender, new AgendaEventArgs(match));

    public bool RaiseLhsFailed(object sender, LhsExpressionErrorEventArgs args)
    {
        LhsExpressionFailedEvent?.Invoke(sender, args);
        return args.IsHandled;
    }

    public bool RaiseRhsFailed(object sender, RhsExpressionErrorEventArgs args)
    {
        RhsExpressionFailedEvent?.Invoke(sender, args);
        return args.IsHandled;
    }
}
