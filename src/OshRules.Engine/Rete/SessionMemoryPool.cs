using System.Collections.Concurrent;

namespace OshRules.Engine.Rete;

/// <summary>
/// The memories of disposed sessions, emptied, for the factory's next sessions. A session of one worker touches a few
/// hundred node memories, and making them afresh for every session would be the larger part of what it allocates.
/// </summary>
/// <remarks>
/// Only what a disposed session gives back is reused, so code that never disposes its sessions (NRules' own interface
/// has no Dispose) gets fresh memories for every session. The pool is bounded, and memories that grew large are dropped
/// rather than kept.
/// </remarks>
internal sealed class SessionMemoryPool(int memoryCount)
{
    /// <summary>At most this many sets are kept: enough for a factory shared by a few threads per core.</summary>
    private static readonly int Capacity = Math.Max(4, Environment.ProcessorCount * 4);

    private readonly ConcurrentBag<SessionMemory> _spare = [];
    private int _count;

    /// <summary>Gets an empty set of memories: a disposed session's, or a new one.</summary>
    public SessionMemory Rent(int facts)
    {
        if (_spare.TryTake(out SessionMemory? memory))
        {
            Interlocked.Decrement(ref _count);
            return memory;
        }

        return new SessionMemory(new object?[memoryCount], new WorkingMemory(facts));
    }

    /// <summary>Empties a disposed session's memories and keeps them, unless the pool is full.</summary>
    public void Return(SessionMemory memory)
    {
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            Interlocked.Decrement(ref _count);
            return;
        }

        memory.Clear();
        _spare.Add(memory);
    }
}

/// <summary>A session's node memories (by node number), the numbers of those it wrote to, its working memory and its agenda.</summary>
internal sealed record SessionMemory(object?[] Nodes, WorkingMemory Facts)
{
    /// <summary>Gets the agenda of the session that holds the set.</summary>
    public Agenda Agenda { get; } = new();

    /// <summary>Gets the scratch lists of the session that holds the set.</summary>
    public Pool Pool { get; } = new();

    /// <summary>Gets the numbers of the memories written to since the set was last emptied.</summary>
    public List<int> Written { get; } = [];

    /// <summary>Empties every memory written to, dropping those that grew large, so a reused set is as a new one.</summary>
    public void Clear()
    {
        foreach (int i in Written)
        {
            if (!((NodeMemory)Nodes[i]!).TryClear())
            {
                Nodes[i] = null;
            }
        }

        Written.Clear();
        Facts.Clear();
        Agenda.Reset();
        Pool.Trim();
    }
}
