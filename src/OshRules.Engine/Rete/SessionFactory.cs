using System.Collections.Concurrent;

namespace OshRules.Engine.Rete;

/// <summary>The compiled network, shared by its sessions; the only mutable state is a thread-safe type-dispatch cache.</summary>
internal sealed class SessionFactory(RuleNetwork[] rules, BetaNode[] rightNodes, int nodeCount, int memoryCount) : ISessionFactory
{
    private readonly ConcurrentDictionary<Type, BetaNode[]> _dispatch = new();

    // The nodes a fact can sit in, by id: a fact's links (FactLink) name their node by id.
    private readonly BetaNode?[] _byId = ById(rightNodes, nodeCount);

    public RuleNetwork[] Rules { get; } = rules;

    /// <summary>Gets how many beta nodes keep a memory: the length of each session's array of them.</summary>
    public int MemoryCount { get; } = memoryCount;

    // How large the last fired session grew: new sessions presize their working memory, agenda and stores to it, so a
    // roster of similar small sessions does not pay for growing the same tables again and again. Capped, so one huge
    // session does not make later small ones allocate big tables; read and written without locks (a stale hint costs
    // nothing).
    private const int MaxHint = 1024;
    private readonly int[] _hints = new int[Enum.GetValues<SizeHint>().Length];

    public ISession CreateSession() => new Session(this);

    /// <summary>How large the last fired session grew in <paramref name="kind"/>, capped.</summary>
    public int Hint(SizeHint kind) => Volatile.Read(ref _hints[(int)kind]);

    /// <summary>Remembers how large a fired session grew in <paramref name="kind"/>.</summary>
    public void RememberSize(SizeHint kind, int size) => Volatile.Write(ref _hints[(int)kind], Math.Min(size, MaxHint));

    /// <summary>The node with id <paramref name="id"/> that facts enter.</summary>
    public BetaNode NodeAt(int id) => _byId[id]!;

    /// <summary>The nodes whose pattern type the fact type is assignable to (polymorphic matching), cached per type.</summary>
    public BetaNode[] RightNodesFor(Type factType) =>
        _dispatch.TryGetValue(factType, out BetaNode[]? nodes)
            ? nodes
            : _dispatch.GetOrAdd(factType, t => [.. rightNodes.Where(n => n.FactType.IsAssignableFrom(t))]);

    private static BetaNode?[] ById(BetaNode[] nodes, int count)
    {
        var byId = new BetaNode?[count];
        foreach (BetaNode node in nodes)
        {
            byId[node.Id] = node;
        }

        return byId;
    }
}
