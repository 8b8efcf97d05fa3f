using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>A node of the network: its number and the rules it serves (named in error events).</summary>
internal interface INode
{
    int Id { get; }

    List<IRuleDefinition> Rules { get; }
}

/// <summary>A node that takes facts (alpha nodes, the right input of binary nodes).</summary>
internal interface IObjectSink : INode
{
    void PropagateAssert(Session session, ChunkedList<Fact> facts);

    void PropagateUpdate(Session session, ChunkedList<Fact> facts);

    void PropagateRetract(Session session, ChunkedList<Fact> facts);
}

/// <summary>A node that takes tuples (beta nodes, terminals, adapters).</summary>
internal interface ITupleSink : INode
{
    void PropagateAssert(Session session, ChunkedList<Tuple> tuples);

    void PropagateUpdate(Session session, ChunkedList<Tuple> tuples);

    void PropagateRetract(Session session, ChunkedList<Tuple> tuples);
}

/// <summary>A source of facts for the right input of binary nodes.</summary>
internal interface IObjectSource : INode
{
    /// <summary>Gets the source's facts in a session, in order, to be read before the network changes again.</summary>
    FactRun GetFacts(Session session);

    /// <summary>Gets whether the source holds no fact in a session (read without making a list of its facts).</summary>
    bool IsEmpty(Session session);

    void Attach(IObjectSink sink);
}

/// <summary>A source of tuples for the left input of beta nodes.</summary>
internal interface ITupleSource : INode
{
    BetaMemory GetMemory(Session session);

    /// <summary>Gets the memory to read: a shared empty one while it has never held a tuple.</summary>
    BetaMemory ReadMemory(Session session);

    void Attach(ITupleSink sink);

    List<ITupleSink> Sinks { get; }

    /// <summary>Registers a hash index of the memory's tuples and returns its number.</summary>
    int AddIndex(IndexDefinition<Tuple> key);

    /// <summary>Gets or sets how many of the memory's sinks keep a state on its tuples (the next free state slot).</summary>
    int StateSlots { get; set; }
}

/// <summary>A beta memory node: keeps the tuples made from its beta node's output.</summary>
internal interface IBetaMemoryNode : ITupleSource
{
    void PropagateAssert(Session session, TupleFactList list);

    void PropagateUpdate(Session session, TupleFactList list);

    void PropagateRetract(Session session, TupleFactList list);

    /// <summary>Notes the rule nodes attached to the memory, once a rule's node is attached (see <see cref="BetaMemoryNode.NoteRuleNodes"/>).</summary>
    void NoteRuleNodes();
}
