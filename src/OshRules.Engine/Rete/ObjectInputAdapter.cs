using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Turns the tuples of a sub-network (a Not, Exists or aggregate whose pattern joins earlier facts, or a Let with
/// conditions) into facts for the node that consumes it: one <see cref="WrapperFact"/> per tuple.
/// </summary>
internal sealed class ObjectInputAdapter : ITupleSink, IObjectSource
{
    private readonly IBetaMemoryNode _source;
    private readonly List<IObjectSink> _sinks = [];

    public ObjectInputAdapter(IBetaMemoryNode source)
    {
        _source = source;
        source.Attach(this);
    }

    public int Id { get; set; }

    public int StateIndex { get; set; }

    public List<IRuleDefinition> Rules { get; } = [];

    public IReadOnlyList<IObjectSink> Sinks => _sinks;

    public void Attach(IObjectSink sink) => _sinks.Add(sink);

    /// <summary>Registers an index of the sub-network's tuples by the group (the consumer's tuple) at a level.</summary>
    public int AddGroupIndex(int level) => _source.AddIndex(t => t.GetGroupId(level));

    public void PropagateAssert(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, WrapperFact> wrappers = Wrappers(session);
        var toAssert = new List<Fact>(tuples.Count);
        foreach (Tuple tuple in tuples)
        {
            var wrapper = new WrapperFact(tuple);
            wrappers[tuple] = wrapper;
            toAssert.Add(wrapper);
        }

        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateAssert(session, toAssert);
        }
    }

    public void PropagateUpdate(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, WrapperFact> wrappers = Wrappers(session);
        var toUpdate = new List<Fact>(tuples.Count);
        foreach (Tuple tuple in tuples)
        {
            toUpdate.Add(wrappers[tuple]);
        }

        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateUpdate(session, toUpdate);
        }
    }

    public void PropagateRetract(Session session, List<Tuple> tuples)
    {
        Dictionary<Tuple, WrapperFact> wrappers = Wrappers(session);
        var toRetract = new List<Fact>(tuples.Count);
        foreach (Tuple tuple in tuples)
        {
            toRetract.Add(wrappers[tuple]);
        }

        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateRetract(session, toRetract);
        }

        foreach (Tuple tuple in tuples)
        {
            wrappers.Remove(tuple);
        }
    }

    public List<Fact> GetFacts(Session session)
    {
        Dictionary<Tuple, WrapperFact> wrappers = Wrappers(session);
        SlotList<Tuple> tuples = _source.GetMemory(session).Tuples;
        var facts = new List<Fact>(tuples.Count);
        for (int i = 0; i < tuples.End; i++)
        {
            if (tuples[i] is { } tuple)
            {
                facts.Add(wrappers[tuple]);
            }
        }

        return facts;
    }

    /// <summary>Gets the wrapped facts of one group, in the sub-network memory's order (empty when none).</summary>
    public List<Fact> GroupFacts(Session session, int index, long groupId)
    {
        BetaMemory memory = _source.GetMemory(session);
        List<int>? slots = memory.Indexes[index].Find(groupId);
        if (slots is null)
        {
            return [];
        }

        Dictionary<Tuple, WrapperFact> wrappers = Wrappers(session);
        var facts = new List<Fact>(slots.Count);
        foreach (int slot in slots)
        {
            facts.Add(wrappers[memory.Tuples[slot]!]);
        }

        return facts;
    }

    private Dictionary<Tuple, WrapperFact> Wrappers(Session session) =>
        (Dictionary<Tuple, WrapperFact>)(session.Memories[StateIndex] ??= new Dictionary<Tuple, WrapperFact>(ReferenceEqualityComparer.Instance));
}
