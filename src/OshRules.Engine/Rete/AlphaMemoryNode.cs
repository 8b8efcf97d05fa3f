using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// The end of an alpha path: keeps the facts that passed it (per session) and passes them to the binary nodes that
/// read them. A fact enters the memory after its sinks have seen it, and leaves it after they have seen it go.
/// </summary>
internal sealed class AlphaMemoryNode : IObjectSink, IObjectSource
{
    private readonly List<IObjectSink> _sinks = [];
    private readonly List<IndexDefinition<Fact>> _keys = [];

    public int Id { get; set; }

    public int MemoryIndex { get; set; }

    public List<IRuleDefinition> Rules { get; } = [];

    public IReadOnlyList<IObjectSink> Sinks => _sinks;

    /// <summary>Gets the memory of a session to write to, made on first use (and listed, so the session empties it when disposed).</summary>
    public AlphaMemory GetMemory(Session session)
    {
        if (session.Memories[MemoryIndex] is not AlphaMemory memory)
        {
            memory = new AlphaMemory(_keys);
            session.Memories[MemoryIndex] = memory;
        }

        session.Writes(memory, MemoryIndex);
        return memory;
    }

    /// <summary>Gets the memory of a session to read: a shared empty one while it has never held a fact.</summary>
    public AlphaMemory ReadMemory(Session session) => (AlphaMemory?)session.Memories[MemoryIndex] ?? AlphaMemory.Empty;

    /// <summary>Registers a hash index of the memory's facts and returns its number.</summary>
    public int AddIndex(IndexDefinition<Fact> key) => IndexDefinition<Fact>.Register(_keys, key);

    public void PropagateAssert(Session session, ChunkedList<Fact> facts)
    {
        foreach (IObjectSink sink in _sinks)
        {
            sink.PropagateAssert(session, facts);
        }

        GetMemory(session).Add(facts);
    }

    public void PropagateUpdate(Session session, ChunkedList<Fact> facts)
    {
        AlphaMemory memory = ReadMemory(session);
        ChunkedList<Fact> toUpdate = facts, toAssert = [];
        if (!facts.TrueForAll(memory.Contains))
        {
            toUpdate = facts.FindAll(memory.Contains);
            toAssert = facts.FindAll(f => !memory.Contains(f));
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

    public void PropagateRetract(Session session, ChunkedList<Fact> facts)
    {
        AlphaMemory memory = ReadMemory(session);
        ChunkedList<Fact> toRetract = facts.TrueForAll(memory.Contains) ? facts : facts.FindAll(memory.Contains);

        if (toRetract.Count > 0)
        {
            foreach (IObjectSink sink in _sinks)
            {
                sink.PropagateRetract(session, toRetract);
            }

            memory.Remove(toRetract);
        }
    }

    public FactRun GetFacts(Session session) => new(in ReadMemory(session).Facts);

    public bool IsEmpty(Session session) => ReadMemory(session).Count == 0;

    public void Attach(IObjectSink sink) => _sinks.Add(sink);
}
