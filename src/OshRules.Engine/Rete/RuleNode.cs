using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>The end of a rule's path: each tuple that reaches it is an activation on the agenda.</summary>
internal sealed class RuleNode(CompiledRule rule) : ITupleSink
{
    public int Id { get; set; }

    public int StateSlot { get; set; }

    public CompiledRule CompiledRule { get; } = rule;

    public List<IRuleDefinition> Rules { get; } = [rule.Definition];

    public void PropagateAssert(Session session, ChunkedList<Tuple> tuples)
    {
        var activations = new TupleState<Activation>(StateSlot);
        foreach (Tuple tuple in tuples)
        {
            var activation = new Activation(CompiledRule, tuple);
            activations.Set(tuple, activation);
            session.Agenda.Add(activation);
            session.Events.RaiseActivationCreated(session, activation);
        }
    }

    public void PropagateUpdate(Session session, ChunkedList<Tuple> tuples)
    {
        var activations = new TupleState<Activation>(StateSlot);
        foreach (Tuple tuple in tuples)
        {
            Activation activation = activations.Get(tuple)!;
            session.Agenda.Modify(activation);
            session.Events.RaiseActivationUpdated(session, activation);
        }
    }

    public void PropagateRetract(Session session, ChunkedList<Tuple> tuples)
    {
        var activations = new TupleState<Activation>(StateSlot);
        foreach (Tuple tuple in tuples)
        {
            activations.Remove(tuple, out Activation? activation);
            session.Agenda.Remove(session, activation!);
            session.Events.RaiseActivationDeleted(session, activation!);
        }
    }
}
