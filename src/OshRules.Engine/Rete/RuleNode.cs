using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>The end of a rule's path: each tuple that reaches it is an activation on the agenda.</summary>
internal sealed class RuleNode(CompiledRule rule) : ITupleSink
{
    public int Id { get; set; }

    public int StateIndex { get; set; }

    public CompiledRule CompiledRule { get; } = rule;

    public List<IRuleDefinition> Rules { get; } = [rule.Definition];

    public void PropagateAssert(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, Activation> activations = Activations(session);
        foreach (Tuple tuple in tuples)
        {
            var activation = new Activation(CompiledRule, tuple);
            activations[tuple] = activation;
            session.Agenda.Add(activation);
            session.Events.RaiseActivationCreated(session, activation);
        }
    }

    public void PropagateUpdate(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, Activation> activations = Activations(session);
        foreach (Tuple tuple in tuples)
        {
            Activation activation = activations[tuple];
            session.Agenda.Modify(activation);
            session.Events.RaiseActivationUpdated(session, activation);
        }
    }

    public void PropagateRetract(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, Activation> activations = Activations(session);
        foreach (Tuple tuple in tuples)
        {
            activations.Remove(tuple, out Activation? activation);
            session.Agenda.Remove(session, activation!);
            session.Events.RaiseActivationDeleted(session, activation!);
        }
    }

    private Dictionary<Tuple, Activation> Activations(Session session) =>
        (Dictionary<Tuple, Activation>)(session.Memories[StateIndex] ??= new Dictionary<Tuple, Activation>(ReferenceEqualityComparer.Instance));
}
