using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>A node of the beta network: takes tuples from the left and passes its output to its memory node.</summary>
internal abstract class BetaNode : ITupleSink
{
    public int Id { get; set; }

    public int StateIndex { get; set; } = -1;

    public List<IRuleDefinition> Rules { get; } = [];

    public BetaMemoryNode MemoryNode { get; set; } = null!;

    public abstract void PropagateAssert(Session session, List<Tuple> tuples);

    public abstract void PropagateUpdate(Session session, List<Tuple> tuples);

    public abstract void PropagateRetract(Session session, List<Tuple> tuples);

    /// <summary>Gets this node's per-tuple state in a session (quantifiers, aggregators, bindings).</summary>
    protected Dictionary<Tuple, TState> States<TState>(Session session) =>
        (Dictionary<Tuple, TState>)(session.Memories[StateIndex] ??= new Dictionary<Tuple, TState>(ReferenceEqualityComparer.Instance));
}
