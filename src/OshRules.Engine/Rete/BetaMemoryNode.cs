using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Keeps the tuples its beta node makes (per session) and passes them on. New tuples reach the sinks before they
/// enter the memory; retracted ones leave the memory first, then reach the sinks in reverse order, as in NRules' runtime.
/// </summary>
internal class BetaMemoryNode : IBetaMemoryNode
{
    private readonly List<IndexDefinition<Tuple>> _keys = [];

    public int Id { get; set; }

    public int MemoryIndex { get; set; }

    public List<IRuleDefinition> Rules { get; } = [];

    public List<ITupleSink> Sinks { get; } = [];

    public int StateSlots { get; set; }

    // The rule whose activations this memory's tuples are: the one rule that ends here, if only one does.
    private CompiledRule? _activationsOf;

    /// <summary>Makes a tuple of this memory: the activation of the one rule that ends here, else a plain tuple.</summary>
    public Tuple NewTuple(Tuple parent, Fact? fact) =>
        _activationsOf is { } rule ? new Activation(rule, parent, fact) : new Tuple(parent, fact);

    /// <summary>
    /// Notes the rules that end here, once a rule's node is attached. With one, the tuples are its activations and its
    /// node keeps no state on them; with more (rules with the same conditions), each node keeps its activations, twins of
    /// the tuples, in a state slot of its own.
    /// </summary>
    public void NoteRuleNodes()
    {
        RuleNode[] rules = [.. Sinks.OfType<RuleNode>()];
        _activationsOf = rules.Length == 1 && this is not DummyNode ? rules[0].CompiledRule : null;
        if (_activationsOf is not null)
        {
            return;
        }

        foreach (RuleNode rule in rules.Where(r => r.StateSlot < 0))
        {
            rule.StateSlot = StateSlots++;
        }
    }

    /// <summary>Gets the memory of a session to write to, made on first use (and listed, so the session empties it when disposed).</summary>
    public BetaMemory GetMemory(Session session)
    {
        if (session.Memories[MemoryIndex] is not BetaMemory memory)
        {
            memory = new BetaMemory(_keys);
            session.Memories[MemoryIndex] = memory;
        }

        session.Writes(memory, MemoryIndex);
        return memory;
    }

    /// <summary>Gets the memory of a session to read: a shared empty one while it has never held a tuple.</summary>
    public BetaMemory ReadMemory(Session session) => (BetaMemory?)session.Memories[MemoryIndex] ?? BetaMemory.Empty;

    public int AddIndex(IndexDefinition<Tuple> key) => IndexDefinition<Tuple>.Register(_keys, key);

    public void Attach(ITupleSink sink) => Sinks.Add(sink);

    public void PropagateAssert(Session session, TupleFactList list)
    {
        if (list.Count == 0)
        {
            return;
        }

        ChunkedList<Tuple> toAssert = session.Pool.Tuples();
        for (int i = 0; i < list.Count; i++)
        {
            toAssert.Add(NewTuple(list.TupleAt(i), list.FactAt(i)));
        }

        PropagateAssertInternal(session, toAssert);
        session.Pool.Return(toAssert);
    }

    public void PropagateUpdate(Session session, TupleFactList list)
    {
        if (list.Count == 0)
        {
            return;
        }

        BetaMemory memory = ReadMemory(session);
        ChunkedList<Tuple> toAssert = session.Pool.Tuples();
        ChunkedList<Tuple> toUpdate = session.Pool.Tuples();
        for (int i = 0; i < list.Count; i++)
        {
            Tuple parent = list.TupleAt(i);
            Fact? fact = list.FactAt(i);
            if (memory.FindChild(parent, fact) is { } child)
            {
                toUpdate.Add(child);
            }
            else
            {
                toAssert.Add(NewTuple(parent, fact));
            }
        }

        PropagateAssertInternal(session, toAssert);
        UpdateChildren(session, toUpdate);
        session.Pool.Return(toAssert);
        session.Pool.Return(toUpdate);
    }

    public void PropagateRetract(Session session, TupleFactList list)
    {
        if (list.Count == 0)
        {
            return;
        }

        BetaMemory memory = ReadMemory(session);
        ChunkedList<Tuple> toRetract = session.Pool.Tuples();
        for (int i = 0; i < list.Count; i++)
        {
            if (memory.FindChild(list.TupleAt(i), list.FactAt(i)) is { } child)
            {
                toRetract.Add(child);
            }
        }

        RetractChildren(session, toRetract);
        session.Pool.Return(toRetract);
    }

    /// <summary>Passes on and keeps tuples its node made itself (a node that knows its outputs, as an aggregate does).</summary>
    public void AssertChildren(Session session, ChunkedList<Tuple> tuples) => PropagateAssertInternal(session, tuples);

    /// <summary>Passes on an update of tuples this memory holds.</summary>
    public void UpdateChildren(Session session, ChunkedList<Tuple> children)
    {
        if (children.Count == 0)
        {
            return;
        }

        ReadMemory(session).Rekey(children);
        foreach (ITupleSink sink in Sinks)
        {
            sink.PropagateUpdate(session, children);
        }
    }

    /// <summary>Removes tuples this memory holds, then passes the retraction on to the sinks in reverse order.</summary>
    public void RetractChildren(Session session, ChunkedList<Tuple> children)
    {
        if (children.Count == 0)
        {
            return;
        }

        ReadMemory(session).Remove(children);
        for (int i = Sinks.Count - 1; i >= 0; i--)
        {
            Sinks[i].PropagateRetract(session, children);
        }
    }

    private void PropagateAssertInternal(Session session, ChunkedList<Tuple> tuples)
    {
        if (tuples.Count == 0)
        {
            return;
        }

        for (int i = 0; i < Sinks.Count; i++)
        {
            Sinks[i].PropagateAssert(session, tuples);
        }

        GetMemory(session).Add(tuples);
    }
}

/// <summary>The left input of every rule's first node: one empty tuple per session, made when the session starts.</summary>
internal sealed class DummyNode : BetaMemoryNode
{
    public void Activate(Session session)
    {
        ChunkedList<Tuple> root = session.Pool.Tuples();
        root.Add(new Tuple());
        BetaMemory memory = GetMemory(session);
        foreach (ITupleSink sink in Sinks)
        {
            sink.PropagateAssert(session, root);
        }

        memory.Add(root);
        session.Pool.Return(root);
    }
}
