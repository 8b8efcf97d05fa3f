using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>A node of the beta network: takes tuples from the left and passes its output to its memory node.</summary>
internal abstract class BetaNode : ITupleSink
{
    public int Id { get; set; }

    /// <summary>Gets or sets the slot of this node's state on the tuples of its left memory (-1: it keeps none).</summary>
    public int StateSlot { get; set; } = -1;

    public List<IRuleDefinition> Rules { get; } = [];

    public BetaMemoryNode MemoryNode { get; set; } = null!;

    public abstract void PropagateAssert(Session session, ChunkedList<Tuple> tuples);

    public abstract void PropagateUpdate(Session session, ChunkedList<Tuple> tuples);

    public abstract void PropagateRetract(Session session, ChunkedList<Tuple> tuples);

    /// <summary>Gets this node's per-tuple state (quantifiers, aggregators, bindings), kept on the tuples.</summary>
    protected TupleState<TState> States<TState>()
        where TState : class => new(StateSlot);
}
