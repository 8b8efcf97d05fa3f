using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>The end of a rule's path: each tuple that reaches it is an activation on the agenda.</summary>
internal sealed class RuleNode(CompiledRule rule) : ITupleSink
{
    public int Id { get; set; }

    /// <summary>Gets or sets the slot of the node's activations on its tuples; -1 while the tuples are its activations.</summary>
    public int StateSlot { get; set; } = -1;

    public CompiledRule CompiledRule { get; } = rule;

    public List<IRuleDefinition> Rules { get; } = [rule.Definition];

    public void PropagateAssert(Session session, ChunkedList<Tuple> tuples)
    {
        var activations = new TupleState<Activation>(StateSlot);
        foreach (Tuple tuple in tuples)
        {
            if (Own(tuple) is not { } activation)
            {
                activation = Activation.For(CompiledRule, tuple);
                activations.Set(tuple, activation);
            }

            session.Agenda.Add(activation);
            session.Events.RaiseActivationCreated(session, activation);
        }
    }

    public void PropagateUpdate(Session session, ChunkedList<Tuple> tuples)
    {
        var activations = new TupleState<Activation>(StateSlot);
        foreach (Tuple tuple in tuples)
        {
            Activation activation = Own(tuple) ?? activations.Get(tuple)!;
            session.Agenda.Modify(activation);
            session.Events.RaiseActivationUpdated(session, activation);
        }
    }

    public void PropagateRetract(Session session, ChunkedList<Tuple> tuples)
    {
        var activations = new TupleState<Activation>(StateSlot);
        foreach (Tuple tuple in tuples)
        {
            if (Own(tuple) is not { } activation)
            {
                activations.Remove(tuple, out activation);
            }

            session.Agenda.Remove(session, activation!);
            session.Events.RaiseActivationDeleted(session, activation!);
        }
    }

    // A tuple its memory made as this rule's activation (the rule is the only one ending there).
    private Activation? Own(Tuple tuple) => tuple is Activation activation && activation.CompiledRule == CompiledRule ? activation : null;
}
