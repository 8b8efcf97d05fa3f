using System.Linq.Expressions;

namespace OshRules.Engine.Rete;

/// <summary>
/// The network under construction: node ids, the nodes with a right input, the parent–child links, and the join nodes
/// that later rules may share. Rules that begin with the same patterns (most OSH rules open with the evaluation date,
/// then the family's options, then the worker) share those nodes, so a fact entering them is tested and stored once
/// instead of once per rule.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly Dictionary<Node, List<Node>> _children = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Node? Parent, Type Type, int Slot), List<(PatternSignature Signature, JoinNode Node)>> _shareable = [];
    private readonly List<(RuleNetwork Rule, List<Node> Path)> _paths = [];

    public List<BetaNode> RightNodes { get; } = [];

    public int NodeCount { get; private set; }

    public int NextId() => NodeCount++;

    /// <summary>Gets how many beta nodes keep a memory (see <see cref="BetaNode.MemoryIndex"/>).</summary>
    public int MemoryCount { get; private set; }

    public int NextMemory() => MemoryCount++;

    public void Link(Node parent, Node child)
    {
        if (!_children.TryGetValue(parent, out List<Node>? children))
        {
            _children[parent] = children = [];
        }

        children.Add(child);
    }

    /// <summary>A join node already built for the same parent, pattern type, slot and equivalent conditions.</summary>
    public JoinNode? FindShared(PatternSignature signature)
    {
        if (_shareable.TryGetValue((signature.Parent, signature.Type, signature.Slot), out var candidates))
        {
            foreach ((PatternSignature other, JoinNode node) in candidates)
            {
                if (signature.Matches(other))
                {
                    return node;
                }
            }
        }

        return null;
    }

    public void Shareable(PatternSignature signature, JoinNode node)
    {
        var key = (signature.Parent, signature.Type, signature.Slot);
        if (!_shareable.TryGetValue(key, out var candidates))
        {
            _shareable[key] = candidates = [];
        }

        candidates.Add((signature, node));
    }

    public void AddPath(RuleNetwork rule, List<Node> path)
    {
        rule.Path = [.. path];
        _paths.Add((rule, path));
    }

    /// <summary>
    /// Wires each node to its successor (a fan-out when rules diverge after a shared node) and sizes each node's partial
    /// matches for the slots bound up to it (every slot of a rule is bound before its terminal, so the last partial match
    /// of a rule is as wide as the rule).
    /// </summary>
    public void Finish()
    {
        foreach ((Node parent, List<Node> children) in _children)
        {
            parent.Next = children.Count == 1 ? children[0] : new FanOutNode(parent.Rule, [.. children]);
        }

        foreach ((RuleNetwork _, List<Node> path) in _paths)
        {
            int bound = 0;
            foreach (Node node in path)
            {
                bound = Math.Max(bound, node.BoundSlot + 1);
                node.Width = Math.Max(node.Width, bound);
            }
        }
    }
}

/// <summary>A condition of a pattern rewritten over the new fact and the earlier slots, with its source text.</summary>
internal readonly record struct RewrittenCondition(Expression Body, string Text);

/// <summary>What makes two <c>Match</c> patterns of different rules the same node: parent, type, slot and conditions.</summary>
internal sealed record PatternSignature(
    Node? Parent, Type Type, int Slot, List<RewrittenCondition> Conditions, ParameterExpression Fact, ParameterExpression Items)
{
    public bool Matches(PatternSignature other)
    {
        if (!ReferenceEquals(Parent, other.Parent) || Type != other.Type || Slot != other.Slot || Conditions.Count != other.Conditions.Count)
        {
            return false;
        }

        for (int i = 0; i < Conditions.Count; i++)
        {
            if (!ExpressionEquivalence.Equivalent(Conditions[i].Body, other.Conditions[i].Body, (Fact, other.Fact), (Items, other.Items)))
            {
                return false;
            }
        }

        return true;
    }
}
