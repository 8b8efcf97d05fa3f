using System.Linq.Expressions;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Builds the network from NRules' rule model. The network has the shape NRules' compiler gives it — the same nodes,
/// shared on the same terms, attached in the same order — because that shape decides the order in which facts reach
/// rules and activations reach the agenda. What differs is inside the nodes: memories indexed by hash keys.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly RootNode _root = new();
    private readonly DummyNode _dummy = new();
    private int _nextId = 1;
    private int _memoryCount;

    public NetworkBuilder()
    {
        _root.Id = _nextId++;
        _dummy.Id = _nextId++;
        _dummy.MemoryIndex = _memoryCount++;
    }

    public Network Build() => new(_root, _dummy, _memoryCount);

    /// <summary>Adds a rule; returns its terminals (one per branch of a top-level Or).</summary>
    public List<(BuildContext Context, IBetaMemoryNode Source)> AddRule(IRuleDefinition rule, GroupElement lhs)
    {
        var terminals = new List<(BuildContext, IBetaMemoryNode)>();
        IEnumerable<RuleElement> branches = lhs switch
        {
            AndElement => [lhs],
            OrElement or => or.ChildElements,
            _ => throw new ArgumentException($"Unrecognized group element type. Type={lhs.ElementType}"),
        };
        foreach (RuleElement branch in branches)
        {
            var context = new BuildContext(rule, _dummy);
            Visit(context, branch);
            if (context.AlphaSource is not null)
            {
                BuildJoinNode(context);
            }

            terminals.Add((context, context.BetaSource));
        }

        return terminals;
    }

    /// <summary>Attaches a rule's terminal node.</summary>
    public void AddRuleNode(RuleNode node, IBetaMemoryNode source)
    {
        node.Id = _nextId++;
        source.Attach(node);
        source.NoteRuleNodes();
    }

    private void Visit(BuildContext context, RuleElement element)
    {
        switch (element)
        {
            case AndElement and:
                foreach (RuleElement child in and.ChildElements)
                {
                    if (context.AlphaSource is not null)
                    {
                        BuildJoinNode(context);
                    }

                    Visit(context, child);
                }

                break;
            case NotElement not:
                VisitSource(context, not.Source);
                BuildQuantifierNode(context, exists: false);
                break;
            case ExistsElement exists:
                VisitSource(context, exists.Source);
                BuildQuantifierNode(context, exists: true);
                break;
            case AggregateElement aggregate:
                VisitSource(context, aggregate.Source);
                BuildAggregateNode(context, aggregate);
                break;
            case PatternElement pattern:
                VisitPattern(context, pattern);
                break;
            case BindingElement binding:
                BuildBindingNode(context, binding);
                break;
            default:
                throw new NotSupportedException($"OshRules.Engine does not support the element {element.ElementType} ({element.GetType().Name}).");
        }
    }

    private void VisitPattern(BuildContext context, PatternElement pattern)
    {
        var conditions = pattern.Expressions.Find(PatternElement.ConditionName).Cast<ExpressionElement>().ToList();
        if (pattern.Source is null)
        {
            context.CurrentAlphaNode = _root;
            context.RegisterDeclaration(pattern.Declaration);
            BuildTypeNode(context, pattern.ValueType);
            var alpha = new List<ExpressionElement>();
            var beta = new List<ExpressionElement>();
            foreach (ExpressionElement condition in conditions)
            {
                if (condition.Imports.Count == 1 && Equals(condition.Imports.Single(), pattern.Declaration))
                {
                    alpha.Add(condition);
                }
                else
                {
                    beta.Add(condition);
                }
            }

            foreach (ExpressionElement condition in alpha)
            {
                BuildSelectionNode(context, condition, pattern.Declaration);
            }

            BuildAlphaMemoryNode(context);
            if (beta.Count > 0)
            {
                BuildJoinNode(context, beta);
            }
        }
        else if (pattern.Imports.Count > 0)
        {
            if (conditions.Count > 0)
            {
                BuildSubnet(context, pattern.Source);
                context.RegisterDeclaration(pattern.Declaration);
                BuildJoinNode(context, conditions);
            }
            else
            {
                Visit(context, pattern.Source);
                context.RegisterDeclaration(pattern.Declaration);
            }
        }
        else
        {
            var joinContext = new BuildContext(context.Rule, _dummy);
            BuildSubnet(joinContext, pattern.Source);
            joinContext.RegisterDeclaration(pattern.Declaration);
            if (conditions.Count > 0)
            {
                BuildJoinNode(joinContext, conditions);
                BuildAdapter(joinContext);
            }

            context.AlphaSource = joinContext.AlphaSource;
            context.RegisterDeclaration(pattern.Declaration);
        }
    }

    private void VisitSource(BuildContext context, RuleElement source) => BuildSubnet(context, source);

    private void BuildSubnet(BuildContext context, RuleElement source)
    {
        bool isJoined = source.Imports.Count > 0;
        BuildContext subnet = isJoined ? new BuildContext(context) : new BuildContext(context.Rule, _dummy);
        Visit(subnet, source);
        if (subnet.AlphaSource is null)
        {
            BuildAdapter(subnet);
            context.HasSubnet = isJoined;
        }

        context.AlphaSource = subnet.AlphaSource;
    }

    private void BuildAdapter(BuildContext context)
    {
        ObjectInputAdapter? adapter = context.BetaSource.Sinks.OfType<ObjectInputAdapter>().SingleOrDefault();
        if (adapter is null)
        {
            adapter = new ObjectInputAdapter(context.BetaSource) { Id = _nextId++, StateSlot = context.BetaSource.StateSlots++ };
        }

        adapter.Rules.Add(context.Rule);
        context.AlphaSource = adapter;
    }

    private void BuildJoinNode(BuildContext context, List<ExpressionElement>? conditions = null)
    {
        conditions ??= [];
        IObjectSource right = context.AlphaSource!;
        JoinNode? node = context.BetaSource.Sinks.OfType<JoinNode>().FirstOrDefault(x =>
            x.RightSource == right && x.LeftSource == context.BetaSource
            && ExpressionComparer.AreEqual(x.Declarations, x.Elements, context.Declarations, conditions));
        if (node is null)
        {
            TupleShape shape = context.Shape;
            Declaration factDeclaration = context.Declarations[^1];
            LhsExpression<bool>[] compiled = [.. conditions.Select(c => LhsCompiler.Compile<bool>(c.Expression, shape, factDeclaration))];
            JoinKey? key = !context.HasSubnet && right is AlphaMemoryNode ? JoinKey.Find(conditions.FirstOrDefault(), shape, factDeclaration) : null;
            node = new JoinNode(context.BetaSource, right, shape.Level, [.. context.Declarations], conditions, compiled, key, context.HasSubnet)
            {
                Id = _nextId++,
            };
        }

        node.Rules.Add(context.Rule);
        context.AddLevel(context.Declarations[^1]);
        BuildBetaMemoryNode(context, node);
        context.ResetAlphaSource();
    }

    private void BuildQuantifierNode(BuildContext context, bool exists)
    {
        IObjectSource right = context.AlphaSource!;
        QuantifierNode? node = right.Sinks().OfType<QuantifierNode>()
            .FirstOrDefault(x => x.IsExists == exists && x.RightSource == right && x.LeftSource == context.BetaSource);
        if (node is null)
        {
            node = new QuantifierNode(context.BetaSource, right, context.Levels.Count, exists);
            node.Id = _nextId++;
            node.StateSlot = context.BetaSource.StateSlots++;
        }

        node.Rules.Add(context.Rule);
        context.AddLevel(null);
        BuildBetaMemoryNode(context, node);
        context.ResetAlphaSource();
    }

    private void BuildAggregateNode(BuildContext context, AggregateElement element)
    {
        if (element.Name != AggregateElement.CollectName || element.CustomFactoryType is not null || element.Expressions.Count > 0)
        {
            throw new NotSupportedException(
                $"OshRules.Engine supports only Collect() without sorting or grouping; this rule has the aggregate '{element.Name}'"
                + (element.Expressions.Count > 0 ? $" with {string.Join(", ", element.Expressions.Select(e => e.Name))}" : string.Empty) + ".");
        }

        IObjectSource right = context.AlphaSource!;
        AggregateNode? node = right.Sinks().OfType<AggregateNode>().FirstOrDefault(x =>
            x.RightSource == right && x.LeftSource == context.BetaSource && x.Name == element.Name
            && ExpressionComparer.AreEqual(x.Declarations, x.Expressions, context.Declarations, element.Expressions));
        if (node is null)
        {
            node = new AggregateNode(context.BetaSource, right, context.Levels.Count, element.Name, [.. context.Declarations],
                element.Expressions, element.Source.ValueType, context.HasSubnet)
            {
                Id = _nextId++,
                StateSlot = context.BetaSource.StateSlots++,
            };
        }

        node.Rules.Add(context.Rule);
        context.AddLevel(null, namedNext: true);
        BuildBetaMemoryNode(context, node);
        context.ResetAlphaSource();
    }

    private void BuildBindingNode(BuildContext context, BindingElement element)
    {
        BindingNode? node = context.BetaSource.Sinks.OfType<BindingNode>().FirstOrDefault(x => ExpressionComparer.AreEqual(x.Element, element));
        if (node is null)
        {
            LhsExpression<object?> expression = LhsCompiler.Compile<object?>(element.Expression, context.Shape, null);
            node = new BindingNode(element, expression, element.ResultType, context.BetaSource)
            {
                Id = _nextId++,
                StateSlot = context.BetaSource.StateSlots++,
            };
        }

        node.Rules.Add(context.Rule);
        context.AddLevel(null, namedNext: true);
        BuildBetaMemoryNode(context, node);
        context.ResetAlphaSource();
    }

    private void BuildBetaMemoryNode(BuildContext context, BetaNode node)
    {
        if (node.MemoryNode is null)
        {
            node.MemoryNode = new BetaMemoryNode { Id = _nextId++, MemoryIndex = _memoryCount++ };
        }

        node.MemoryNode.Rules.Add(context.Rule);
        context.BetaSource = node.MemoryNode;
    }

    private void BuildTypeNode(BuildContext context, Type type)
    {
        TypeNode? node = context.CurrentAlphaNode!.ChildNodes.OfType<TypeNode>().FirstOrDefault(t => t.FilterType == type);
        if (node is null)
        {
            node = new TypeNode(type) { Id = _nextId++ };
            context.CurrentAlphaNode.ChildNodes.Add(node);
        }

        node.Rules.Add(context.Rule);
        context.CurrentAlphaNode = node;
    }

    private void BuildSelectionNode(BuildContext context, ExpressionElement element, Declaration declaration)
    {
        SelectionNode? node = context.CurrentAlphaNode!.ChildNodes.OfType<SelectionNode>().FirstOrDefault(s => ExpressionComparer.AreEqual(s.Element, element));
        if (node is null)
        {
            node = new SelectionNode(element, LhsCompiler.Compile<bool>(element.Expression, TupleShape.Empty, declaration)) { Id = _nextId++ };
            context.CurrentAlphaNode.ChildNodes.Add(node);
        }

        node.Rules.Add(context.Rule);
        context.CurrentAlphaNode = node;
    }

    private void BuildAlphaMemoryNode(BuildContext context)
    {
        AlphaNode alpha = context.CurrentAlphaNode!;
        alpha.MemoryNode ??= new AlphaMemoryNode { Id = _nextId++, MemoryIndex = _memoryCount++ };
        alpha.MemoryNode.Rules.Add(context.Rule);
        context.AlphaSource = alpha.MemoryNode;
    }
}

/// <summary>The sinks of a right-hand source, whichever kind it is.</summary>
internal static class ObjectSourceExtensions
{
    public static IEnumerable<IObjectSink> Sinks(this IObjectSource source) => source switch
    {
        AlphaMemoryNode memory => memory.Sinks,
        ObjectInputAdapter adapter => adapter.Sinks,
        _ => [],
    };
}
