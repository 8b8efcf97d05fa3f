using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// The end of an alpha path: keeps the facts that passed it (per session) and passes them to the binary nodes that
/// read them. A fact enters the memory after its sinks have seen it, and leaves it after they have seen it go.
/// </summary>
internal sealed class AlphaMemoryNode : IObjectSink, IObjectSource
{
    private readonly List<IObjectSink> _sinks = [];
    private readonly List<Func<Fact, object?>> _keys = [];

    public int Id { get; set; }

    public int MemoryIndex { get; set; }

    public List<IRuleDefinition> Rules { get; } = [];

    public IReadOnlyList<IObjectSink> Sinks => _sinks;

    public AlphaMemory GetMemory(Session session) =>
        (AlphaMemory)(session.Memories[MemoryIndex] ??= new AlphaMemory(_keys));

    /// <summary>Registers a hash index of the memory's facts and returns its number.</summary>
    public int AddIndex(Func<Fact, object?> key)
    {
        _keys.Add(key);
        return _keys.Count - 1;
    }

    public void PropagateAssert(Session session, List<Fact> facts)
    {
        AlphaMemory memory = GetMemory(session);
        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateAssert(session, facts);
        }

        memory.Add(facts);
    }

    public void PropagateUpdate(Session session, List<Fact> facts)
    {
        AlphaMemory memory = GetMemory(session);
        var toUpdate = new List<Fact>(facts.Count);
        var toAssert = new List<Fact>();
        foreach (Fact fact in facts)
        {
            if (memory.Contains(fact))
            {
                toUpdate.Add(fact);
            }
            else
            {
                toAssert.Add(fact);
            }
        }

        if (toUpdate.Count > 0)
        {
            memory.Rekey(toUpdate);
            foreach (IObjectSink sink in _sinks)
            {
                sink.PropagateUpdate(session, toUpdate);
            }
        }

        if (toAssert.Count > 0)
        {
            PropagateAssert(session, toAssert);
        }
    }

    public void PropagateRetract(Session session, List<Fact> facts)
    {
        AlphaMemory memory = GetMemory(session);
        var toRetract = new List<Fact>(facts.Count);
        foreach (Fact fact in facts)
        {
            if (memory.Contains(fact))
            {
                toRetract.Add(fact);
            }
        }

        if (toRetract.Count > 0)
        {
            foreach (IObjectSink sink in _sinks)
            {
                sink.PropagateRetract(session, toRetract);
            }

            memory.Remove(toRetract);
        }
    }

    public List<Fact> GetFacts(Session session) => GetMemory(session).Facts.ToList();

    public void Attach(IObjectSink sink) => _sinks.Add(sink);
}
