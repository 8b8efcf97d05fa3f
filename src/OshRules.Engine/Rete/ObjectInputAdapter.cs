using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Turns the tuples of a sub-network (a Not, Exists or aggregate whose pattern joins earlier facts, or a Let with
/// conditions) into facts for the node that consumes it: one <see cref="WrapperFact"/> per tuple.
/// </summary>
internal sealed class ObjectInputAdapter : ITupleSink, IObjectSource
{
    private readonly IBetaMemoryNode _source;
    /// <summary>The list <see cref="GroupFacts"/> returns for no facts: shared, not rented.</summary>
    internal static readonly ChunkedList<Fact> NoFacts = [];
    private readonly List<IObjectSink> _sinks = [];

    public ObjectInputAdapter(IBetaMemoryNode source)
    {
        _source = source;
        source.Attach(this);
    }

    public int Id { get; set; }

    public int StateSlot { get; set; }

    public List<IRuleDefinition> Rules { get; } = [];

    public IReadOnlyList<IObjectSink> Sinks => _sinks;

    public void Attach(IObjectSink sink) => _sinks.Add(sink);

    /// <summary>Registers an index of the sub-network's tuples by the group (the consumer's tuple) at a level.</summary>
    public int AddGroupIndex(int level) => _source.AddIndex(new IndexDefinition<Tuple, Tuple?>(t => t.GetGroup(level)));

    public void PropagateAssert(Session session, ChunkedList<Tuple> tuples)
    {
        var wrappers = new TupleState<WrapperFact>(StateSlot);
        ChunkedList<Fact> toAssert = session.Pool.Facts();
        foreach (Tuple tuple in tuples)
        {
            var wrapper = new WrapperFact(tuple);
            wrappers.Set(tuple, wrapper);
            toAssert.Add(wrapper);
        }

        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateAssert(session, toAssert);
        }

        session.Pool.Return(toAssert);
    }

    public void PropagateUpdate(Session session, ChunkedList<Tuple> tuples)
    {
        var wrappers = new TupleState<WrapperFact>(StateSlot);
        ChunkedList<Fact> toUpdate = session.Pool.Facts();
        foreach (Tuple tuple in tuples)
        {
            toUpdate.Add(wrappers.Get(tuple)!);
        }

        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateUpdate(session, toUpdate);
        }

        session.Pool.Return(toUpdate);
    }

    public void PropagateRetract(Session session, ChunkedList<Tuple> tuples)
    {
        var wrappers = new TupleState<WrapperFact>(StateSlot);
        ChunkedList<Fact> toRetract = session.Pool.Facts();
        foreach (Tuple tuple in tuples)
        {
            toRetract.Add(wrappers.Get(tuple)!);
        }

        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateRetract(session, toRetract);
        }

        foreach (Tuple tuple in tuples)
        {
            wrappers.Remove(tuple, out _);
        }

        session.Pool.Return(toRetract);
    }

    public FactRun GetFacts(Session session) => new(Wrappers(session));

    public bool IsEmpty(Session session) => _source.ReadMemory(session).Count == 0;

    private ChunkedList<Fact> Wrappers(Session session)
    {
        BetaMemory memory = _source.ReadMemory(session);
        if (memory.Count == 0)
        {
            return NoFacts;
        }

        if (memory.WrapperSnapshot is { } facts)
        {
            return facts;
        }

        var wrappers = new TupleState<WrapperFact>(StateSlot);
        facts = new ChunkedList<Fact>(memory.Count);
        for (int i = 0; i < memory.Tuples.End; i++)
        {
            if (memory.Tuples[i] is { } tuple)
            {
                facts.Add(wrappers.Get(tuple)!);
            }
        }

        memory.WrapperSnapshot = facts;
        return facts;
    }

    /// <summary>Gets the wrapped facts of one group, in the sub-network memory's order (empty when none).</summary>
    public ChunkedList<Fact> GroupFacts(Session session, int index, int level, Tuple group)
    {
        BetaMemory memory = _source.ReadMemory(session);
        var wrappers = new TupleState<WrapperFact>(StateSlot);
        if (memory.Count == 0)
        {
            return NoFacts;
        }

        ChunkedList<Fact> facts = session.Pool.Facts();
        if (memory.Index(index) is { } groups)
        {
            foreach (int slot in ((KeyIndex<Tuple, Tuple?>)groups).Find(group))
            {
                facts.Add(wrappers.Get(memory.Tuples[slot]!)!);
            }

            return facts;
        }

        for (int slot = 0; slot < memory.Tuples.End; slot++)
        {
            if (memory.Tuples[slot] is { } tuple && ReferenceEquals(tuple.GetGroup(level), group))
            {
                facts.Add(wrappers.Get(tuple)!);
            }
        }

        return facts;
    }
}
