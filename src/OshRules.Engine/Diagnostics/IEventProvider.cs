namespace OshRules.Engine.Diagnostics;

/// <summary>Events raised by a session, for tracing and explanations.</summary>
public interface IEventProvider
{
    /// <summary>Raised after a fact is inserted and propagated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    /// <summary>Raised after a fact is updated and propagated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    /// <summary>Raised after a fact is retracted and propagated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    /// <summary>Raised when a new match enters the agenda.</summary>
    event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    /// <summary>Raised when a match leaves for good (its facts no longer satisfy the rule).</summary>
    event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    /// <summary>Raised before a rule's actions run; facts inserted by the actions are reported after it.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    /// <summary>Raised after a rule's actions ran.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    /// <summary>Raised when a condition throws.</summary>
    event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    /// <summary>Raised when an action throws.</summary>
    event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;
}
