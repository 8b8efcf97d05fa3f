using System.Collections.Concurrent;

namespace OshRules.Engine.Rete;

/// <summary>The compiled network, shared by its sessions; the only mutable state is a thread-safe type-dispatch cache.</summary>
internal sealed class SessionFactory(RuleNetwork[] rules, BetaNode[] rightNodes, int nodeCount) : ISessionFactory
{
    private readonly ConcurrentDictionary<Type, BetaNode[]> _dispatch = new();

    // The nodes a fact can sit in, by id: a fact's links (FactLink) name their node by id.
    private readonly BetaNode?[] _byId = ById(rightNodes, nodeCount);

    public RuleNetwork[] Rules { get; } = rules;

    public int NodeCount { get; } = nodeCount;

    // How large the last fired session grew: new sessions presize their working memory and agenda to it, so a roster
    // of similar small sessions does not pay for growing the same tables again and again. Capped, so one huge session
    // does not make later small ones allocate big tables; read and written without locks (a stale hint costs nothing).
    private const int MaxHint = 1024;
    private int _factsHint;
    private int _firedHint;
    private int _rightsHint;
    private int _rootsHint;
    private int _pairsHint;
    private int _leftsHint;
    private int _outputsHint;
    private int _fansHint;

    public int FactsHint => Volatile.Read(ref _factsHint);

    public int FiredHint => Volatile.Read(ref _firedHint);

    public int RightsHint => Volatile.Read(ref _rightsHint);

    public int RootsHint => Volatile.Read(ref _rootsHint);

    public int PairsHint => Volatile.Read(ref _pairsHint);

    public int LeftsHint => Volatile.Read(ref _leftsHint);

    public int OutputsHint => Volatile.Read(ref _outputsHint);

    public int FansHint => Volatile.Read(ref _fansHint);

    public ISession CreateSession() => new Session(this);

    public void RememberSize(int facts, int fired, int rights, int roots, int pairs, int lefts, int outputs, int fans)
    {
        Volatile.Write(ref _factsHint, Math.Min(facts, MaxHint));
        Volatile.Write(ref _firedHint, Math.Min(fired, MaxHint));
        Volatile.Write(ref _rightsHint, Math.Min(rights, MaxHint));
        Volatile.Write(ref _rootsHint, Math.Min(roots, MaxHint));
        Volatile.Write(ref _pairsHint, Math.Min(pairs, MaxHint));
        Volatile.Write(ref _leftsHint, Math.Min(lefts, MaxHint));
        Volatile.Write(ref _outputsHint, Math.Min(outputs, MaxHint));
        Volatile.Write(ref _fansHint, Math.Min(fans, MaxHint));
    }

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
