namespace OshRules.Engine.Rete;

/// <summary>The compiled network shared by a factory's sessions: read-only once built.</summary>
internal sealed class Network(RootNode root, DummyNode dummy, int memoryCount)
{
    /// <summary>Gets how many per-session memories and states the nodes use.</summary>
    public int MemoryCount { get; } = memoryCount;

    public void Activate(Session session) => dummy.Activate(session);

    public void PropagateAssert(Session session, ChunkedList<Fact> facts)
    {
        foreach (Fact fact in facts)
        {
            session.Events.RaiseFactInserting(session, fact);
        }

        root.PropagateAssert(session, facts);
        foreach (Fact fact in facts)
        {
            session.Events.RaiseFactInserted(session, fact);
        }
    }

    public void PropagateUpdate(Session session, ChunkedList<Fact> facts)
    {
        foreach (Fact fact in facts)
        {
            session.Events.RaiseFactUpdating(session, fact);
        }

        root.PropagateUpdate(session, facts);
        foreach (Fact fact in facts)
        {
            session.Events.RaiseFactUpdated(session, fact);
        }
    }

    public void PropagateRetract(Session session, ChunkedList<Fact> facts)
    {
        foreach (Fact fact in facts)
        {
            session.Events.RaiseFactRetracting(session, fact);
        }

        root.PropagateRetract(session, facts);
        foreach (Fact fact in facts)
        {
            session.Events.RaiseFactRetracted(session, fact);
        }
    }
}
