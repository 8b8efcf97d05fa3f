using System.Linq.Expressions;
using System.Reflection;
using OshRules.Engine.Fluent.Builders;
using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>Compiles loaded rules into a network: one chain of nodes per rule, every expression compiled to a delegate once.</summary>
internal static class NetworkCompiler
{
    public static SessionFactory Compile(IEnumerable<RuleDefinition> rules)
    {
        var builder = new NetworkBuilder();
        var networks = new List<RuleNetwork>();
        foreach (RuleDefinition rule in rules)
        {
            try
            {
                networks.Add(new RuleCompilation(rule, networks.Count, builder).Compile());
            }
            catch (Exception ex) when (ex is not RuleCompilationException)
            {
                throw new RuleCompilationException($"Failed to compile rule '{rule.Name}'.", ex);
            }
        }

        builder.Finish();
        return new SessionFactory([.. networks], [.. builder.RightNodes], builder.NodeCount, builder.MemoryCount);
    }

    /// <summary>The compilation of one rule.</summary>
    private sealed class RuleCompilation(RuleDefinition rule, int index, NetworkBuilder builder)
    {
        private readonly RuleNetwork _network = new(rule, index);
        private readonly Dictionary<FieldInfo, Declaration> _available = [];
        private readonly List<Declaration> _declarations = [];
        private readonly HashSet<FieldInfo> _allAliases = [];
        private readonly ParameterExpression _items = Expression.Parameter(typeof(object[]), "items");
        private readonly ParameterExpression _fact = Expression.Parameter(typeof(object), "fact");
        private readonly List<Node> _path = [];
        private Node? _last;

        public RuleNetwork Compile()
        {
            foreach (LhsElement element in rule.Body.Elements)
            {
                FieldInfo? alias = element switch
                {
                    PatternElement p => p.Alias,
                    QueryElement q => q.Alias,
                    LetElement l => l.Alias,
                    _ => null,
                };
                if (alias is not null && !_allAliases.Add(alias))
                {
                    throw new RuleCompilationException($"Rule '{rule.Name}': alias '{alias.Name}' is bound twice.");
                }
            }

            foreach (LhsElement element in rule.Body.Elements)
            {
                switch (element)
                {
                    case PatternElement p:
                        AddPattern(p);
                        break;
                    case QueryElement q:
                        AddQuery(q);
                        break;
                    case LetElement l:
                        AddLet(l);
                        break;
                    case HavingElement h:
                        Append(new FilterNode(_network, builder.NextId(), [.. h.Conditions.Select(TupleConditionOf)]));
                        break;
                    default:
                        throw new RuleCompilationException($"Rule '{rule.Name}': unsupported element {element.GetType().Name}.");
                }
            }

            Append(new TerminalNode(_network, builder.NextId()));
            _network.Declarations = [.. _declarations];
            _network.PatternSlots = [.. _declarations.Where(d => d.Kind == DeclarationKind.Pattern).Select(d => d.Index)];
            builder.AddPath(_network, _path);
            CompileActions();
            return _network;
        }

        private void AddPattern(PatternElement p)
        {
            List<RewrittenCondition> conditions = RewriteConditions(p.Type, p.Conditions);
            if (p.Kind == PatternKind.Match)
            {
                Declaration declaration = Declare(p.Alias, p.Type, DeclarationKind.Pattern);
                var signature = new PatternSignature(_last, p.Type, declaration.Index, conditions, _fact, _items);
                if (builder.FindShared(signature) is { } shared)
                {
                    // Another rule already tests exactly this after exactly the same prefix: join its node instead of repeating it.
                    _network.First ??= shared;
                    _path.Add(shared);
                    _last = shared;
                }
                else
                {
                    (AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index) = FactConditions(conditions);
                    var node = new JoinNode(_network, builder.NextId(), p.Type, alpha, beta, index, declaration.Index);
                    AddRight(node);
                    builder.Shareable(signature, node);
                }

                Bind(p.Alias, declaration);
            }
            else
            {
                (AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index) = FactConditions(conditions);
                AddRight(new ExistsNode(_network, builder.NextId(), p.Type, alpha, beta, index, negated: p.Kind == PatternKind.Not));
            }
        }

        private void AddQuery(QueryElement q)
        {
            IReadOnlyList<QueryStep> steps = q.Query.Steps;
            if (steps.Count == 0 || steps[0].Kind != QueryStepKind.Match)
            {
                throw new RuleCompilationException($"Rule '{rule.Name}': a query must start with Match<T>().");
            }

            Type source = steps[0].Type;
            var sourceConditions = new List<LambdaExpression>(steps[0].Expressions);
            int i = 1;
            for (; i < steps.Count && steps[i].Kind == QueryStepKind.Where; i++)
            {
                sourceConditions.AddRange(steps[i].Expressions);
            }

            var elementSteps = new List<ElementStep>();
            for (; i < steps.Count && steps[i].Kind != QueryStepKind.Collect; i++)
            {
                elementSteps.Add(ElementStepOf(steps[i]));
            }

            (AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index) = FactConditions(RewriteConditions(source, sourceConditions));
            if (i == steps.Count)
            {
                if (elementSteps.Count > 0)
                {
                    throw new RuleCompilationException($"Rule '{rule.Name}': Select is only supported before Collect().");
                }

                Declaration single = Declare(q.Alias, source, DeclarationKind.Pattern);
                AddRight(new JoinNode(_network, builder.NextId(), source, alpha, beta, index, single.Index));
                Bind(q.Alias, single);
                return;
            }

            Type elementType = steps[i].Type;
            Declaration collection = Declare(q.Alias, q.ResultType, DeclarationKind.Computed);
            AddRight(new AggregateNode(_network, builder.NextId(), source, alpha, beta, index, [.. elementSteps], Collector.For(elementType), collection.Index));
            Bind(q.Alias, collection);

            var filters = new List<TupleCondition>();
            for (i++; i < steps.Count; i++)
            {
                if (steps[i].Kind != QueryStepKind.Where)
                {
                    throw new RuleCompilationException($"Rule '{rule.Name}': only Where is supported after Collect().");
                }

                foreach (LambdaExpression predicate in steps[i].Expressions)
                {
                    Expression body = Rewrite(predicate.Body, predicate.Parameters[0], AliasRewriter.Slot(_items, collection));
                    filters.Add(new TupleCondition(Expression.Lambda<Func<object?[], bool>>(body, _items).Compile(), predicate.ToString()));
                }
            }

            if (filters.Count > 0)
            {
                Append(new FilterNode(_network, builder.NextId(), [.. filters]));
            }
        }

        private void AddLet(LetElement l)
        {
            Expression body = Expression.Convert(Rewrite(l.Expression.Body, null, null), typeof(object));
            var expression = new TupleExpression(Expression.Lambda<Func<object?[], object?>>(body, _items).Compile(), l.Expression.ToString());
            Declaration declaration = Declare(l.Alias, l.Type, DeclarationKind.Computed);
            Append(new BindingNode(_network, builder.NextId(), expression, declaration.Index));
            Bind(l.Alias, declaration);
        }

        private Declaration Declare(FieldInfo? alias, Type type, DeclarationKind kind)
        {
            var declaration = new Declaration(alias?.Name ?? $"${_declarations.Count + 1}", type, _declarations.Count, kind);
            _declarations.Add(declaration);
            return declaration;
        }

        private void Bind(FieldInfo? alias, Declaration declaration)
        {
            if (alias is not null)
            {
                _available[alias] = declaration;
            }
        }

        private void AddRight(BetaNode node)
        {
            // A join opening the rule (a Match, or a Query without Collect) that tests its fact alone keeps no memory.
            if (_last is null && node is JoinNode { Beta.Length: 0, Index: null } opening)
            {
                opening.IsRoot = true;
            }
            else
            {
                node.MemoryIndex = builder.NextMemory();
            }

            builder.RightNodes.Add(node);
            Append(node);
        }

        private void Append(Node node)
        {
            if (_last is null)
            {
                _network.First = node;
            }
            else
            {
                builder.Link(_last, node);
            }

            _path.Add(node);
            _last = node;
        }

        private Expression Rewrite(Expression body, ParameterExpression? parameter, Expression? replacement)
        {
            var replacements = new Dictionary<ParameterExpression, Expression>();
            if (parameter is not null)
            {
                replacements[parameter] = replacement!;
            }

            return new AliasRewriter(rule.Name, _available, _allAliases, _items, replacements).Visit(body);
        }

        /// <summary>Rewrites each condition of a pattern over the new fact and the earlier slots, keeping its source text.</summary>
        private List<RewrittenCondition> RewriteConditions(Type factType, IEnumerable<LambdaExpression> conditions)
        {
            Expression typedFact = Expression.Convert(_fact, factType);
            return [.. conditions.Select(c => new RewrittenCondition(Rewrite(c.Body, c.Parameters[0], typedFact), c.ToString()))];
        }

        private (AlphaCondition[] Alpha, BetaCondition[] Beta, JoinIndex? Index) FactConditions(List<RewrittenCondition> conditions)
        {
            var alpha = new List<AlphaCondition>();
            var beta = new List<BetaCondition>();
            JoinIndex? index = null;
            foreach ((Expression rewritten, string text) in conditions)
            {
                Expression body = rewritten;
                if (!ParameterFinder.Uses(body, _items))
                {
                    alpha.Add(new AlphaCondition(Expression.Lambda<Func<object, bool>>(body, _fact).Compile(), text));
                    continue;
                }

                if (index is null && TrySplitIndex(body, out Expression? factSide, out Expression? tupleSide, out Expression? rest))
                {
                    bool intKey = factSide.Type == typeof(int);
                    index = new JoinIndex(
                        Expression.Lambda<Func<object, object?>>(Expression.Convert(factSide, typeof(object)), _fact).Compile(),
                        Expression.Lambda<Func<object?[], object?>>(Expression.Convert(tupleSide, typeof(object)), _items).Compile(),
                        text,
                        intKey ? Expression.Lambda<Func<object, int>>(factSide, _fact).Compile() : null,
                        intKey ? Expression.Lambda<Func<object?[], int>>(tupleSide, _items).Compile() : null);
                    if (rest is null)
                    {
                        continue;
                    }

                    body = rest;
                }

                beta.Add(new BetaCondition(Expression.Lambda<Func<object?[], object, bool>>(body, _items, _fact).Compile(), text));
            }

            return ([.. alpha], [.. beta], index);
        }

        /// <summary>
        /// Finds an equality whose one side reads only the new fact and whose other side reads only earlier slots,
        /// as the whole condition or as its leading conjunct (so evaluation order is kept); the rest stays a condition.
        /// </summary>
        private bool TrySplitIndex(Expression body, out Expression factSide, out Expression tupleSide, out Expression? rest)
        {
            if (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and
                && TrySplitIndex(and.Left, out factSide, out tupleSide, out Expression? leftRest))
            {
                rest = leftRest is null ? and.Right : Expression.AndAlso(leftRest, and.Right);
                return true;
            }

            rest = null;
            factSide = tupleSide = null!;
            if (body is not BinaryExpression { NodeType: ExpressionType.Equal } eq || !HashConsistent(eq))
            {
                return false;
            }

            bool leftFact = ParameterFinder.Uses(eq.Left, _fact), leftItems = ParameterFinder.Uses(eq.Left, _items);
            bool rightFact = ParameterFinder.Uses(eq.Right, _fact), rightItems = ParameterFinder.Uses(eq.Right, _items);
            if (leftFact && !leftItems && rightItems && !rightFact)
            {
                (factSide, tupleSide) = (eq.Left, eq.Right);
                return true;
            }

            if (rightFact && !rightItems && leftItems && !leftFact)
            {
                (factSide, tupleSide) = (eq.Right, eq.Left);
                return true;
            }

            return false;
        }

        /// <summary>Whether <c>==</c> on these operands agrees with Equals/GetHashCode, so a hash lookup may replace it.</summary>
        private static bool HashConsistent(BinaryExpression eq)
        {
            Type type = Nullable.GetUnderlyingType(eq.Left.Type) ?? eq.Left.Type;
            if (eq.Left.Type != eq.Right.Type || type == typeof(double) || type == typeof(float))
            {
                return false;
            }

            if (type.IsValueType || type == typeof(string))
            {
                return true;
            }

            // A record's == is its value equality; other classes' == may be reference equality or anything else.
            return eq.Method is not null && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
        }

        private TupleCondition TupleConditionOf(LambdaExpression condition)
        {
            Expression body = Rewrite(condition.Body, null, null);
            return new TupleCondition(Expression.Lambda<Func<object?[], bool>>(body, _items).Compile(), condition.ToString());
        }

        private ElementStep ElementStepOf(QueryStep step)
        {
            if (step.Kind is not (QueryStepKind.Where or QueryStepKind.Select))
            {
                throw new RuleCompilationException($"Rule '{rule.Name}': unsupported query step {step.Kind}.");
            }

            ParameterExpression element = Expression.Parameter(typeof(object), "element");
            Expression? body = null;
            foreach (LambdaExpression lambda in step.Expressions)
            {
                Expression part = Rewrite(lambda.Body, lambda.Parameters[0], Expression.Convert(element, lambda.Parameters[0].Type));
                body = body is null ? part : Expression.AndAlso(body, part);
            }

            body ??= Expression.Constant(true);
            return new ElementStep(
                step.Kind == QueryStepKind.Select,
                Expression.Lambda<Func<object?[], object?, object?>>(Expression.Convert(body, typeof(object)), _items, element).Compile(),
                string.Join(", ", step.Expressions));
        }

        private void CompileActions()
        {
            var actions = new List<CompiledAction>();
            int yields = 0;
            foreach (RhsAction action in rule.Body.Actions)
            {
                string text = action.Expression.ToString();
                ParameterExpression context = action.Expression.Parameters[0];
                Expression body = Rewrite(action.Expression.Body, null, null);
                if (action.Kind == RhsActionKind.Do)
                {
                    actions.Add(new CompiledAction(Expression.Lambda<Action<IContext, object?[]>>(body, context, _items).Compile(), null, null, -1, text));
                    continue;
                }

                var yield = Expression.Lambda<Func<IContext, object?[], object?>>(Expression.Convert(body, typeof(object)), context, _items).Compile();
                Func<IContext, object?[], object?, object?>? yieldUpdate = null;
                if (action.UpdateExpression is { } u)
                {
                    ParameterExpression previous = Expression.Parameter(typeof(object), "previous");
                    var replacements = new Dictionary<ParameterExpression, Expression> { [u.Parameters[1]] = Expression.Convert(previous, u.Parameters[1].Type) };
                    Expression updateBody = new AliasRewriter(rule.Name, _available, _allAliases, _items, replacements).Visit(u.Body);
                    yieldUpdate = Expression.Lambda<Func<IContext, object?[], object?, object?>>(
                        Expression.Convert(updateBody, typeof(object)), u.Parameters[0], _items, previous).Compile();
                }

                actions.Add(new CompiledAction(null, yield, yieldUpdate, yields++, text));
            }

            _network.Actions = [.. actions];
            _network.YieldCount = yields;
        }
    }
}
