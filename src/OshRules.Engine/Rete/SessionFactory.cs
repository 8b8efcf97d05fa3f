using System.Collections.Concurrent;

namespace OshRules.Engine.Rete;

/// <summary>The compiled network, shared by its sessions; the only mutable state is a thread-safe type-dispatch cache.</summary>
internal sealed class SessionFactory(RuleNetwork[] rules, BetaNode[] rightNodes, int nodeCount) : ISessionFactory
{
    private readonly ConcurrentDictionary<Type, BetaNode[]> _dispatch = new();

    public RuleNetwork[] Rules { get; } = rules;

    public int NodeCount { get; } = nodeCount;

    // How large the last fired session grew: new sessions presize their working memory and agenda to it, so a roster
    // of similar small sessions does not pay for growing the same tables again and again. Capped, so one huge session
    // does not make later small ones allocate big tables; read and written without locks (a stale hint costs nothing).
    private const int MaxHint = 1024;
    private int _factsHint;
    private int _firedHint;

    public int FactsHint => Volatile.Read(ref _factsHint);

    public int FiredHint => Volatile.Read(ref _firedHint);

    public ISession CreateSession() => new Session(this);

    public void RememberSize(int facts, int fired)
    {
        Volatile.Write(ref _factsHint, Math.Min(facts, MaxHint));
        Volatile.Write(ref _firedHint, Math.Min(fired, MaxHint));
    }

    /// <summary>The nodes whose pattern type the fact type is assignable to (polymorphic matching), cached per type.</summary>
    public BetaNode[] RightNodesFor(Type factType) =>
        _dispatch.TryGetValue(factType, out BetaNode[]? nodes)
            ? nodes
            : _dispatch.GetOrAdd(factType, t => [.. rightNodes.Where(n => n.FactType.IsAssignableFrom(t))]);
}
