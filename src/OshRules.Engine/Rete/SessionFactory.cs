using System.Collections.Concurrent;

namespace OshRules.Engine.Rete;

/// <summary>The compiled network, shared by its sessions; the only mutable state is a thread-safe type-dispatch cache.</summary>
internal sealed class SessionFactory(RuleNetwork[] rules, BetaNode[] rightNodes, int nodeCount) : ISessionFactory
{
    private readonly ConcurrentDictionary<Type, BetaNode[]> _dispatch = new();

    public RuleNetwork[] Rules { get; } = rules;

    public int NodeCount { get; } = nodeCount;

    public ISession CreateSession() => new Session(this);

    /// <summary>The nodes whose pattern type the fact type is assignable to (polymorphic matching), cached per type.</summary>
    public BetaNode[] RightNodesFor(Type factType) =>
        _dispatch.TryGetValue(factType, out BetaNode[]? nodes)
            ? nodes
            : _dispatch.GetOrAdd(factType, t => [.. rightNodes.Where(n => n.FactType.IsAssignableFrom(t))]);
}
