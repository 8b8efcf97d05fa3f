using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using OshRules.Engine.Rete;

namespace OshRules.Engine;

/// <summary>
/// Compiles NRules' rule model into OshRules.Engine's network (a Rete with hash-indexed equality joins), as NRules'
/// own <c>RuleCompiler</c> compiles it into its runtime's. The result is NRules' <see cref="ISessionFactory"/>: code
/// written for NRules' sessions runs on it unchanged, and gets the same activations, in the same order, with the same
/// events and exceptions. Elements this runtime does not support (aggregates other than <c>Collect()</c>, agenda
/// filters) are refused here, with a <see cref="RuleCompilationException"/> naming the rule and the element.
/// </summary>
/// <threadsafety static="true" instance="false"/>
public sealed class RuleCompiler
{
    /// <summary>Compiles rule sets (what <c>RuleRepository.GetRuleSets()</c> returns).</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <returns>A thread-safe factory of sessions.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled, or holds an element this runtime refuses.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets) => Compile(ruleSets, CancellationToken.None);

    /// <summary>Compiles rule sets, stopping between rules when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <param name="cancellationToken">Stops the compilation between two rules (the rules compiled so far are kept).</param>
    /// <returns>A thread-safe factory of sessions.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled, or holds an element this runtime refuses.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        return Compile(ruleSets.SelectMany(s => s.Rules), cancellationToken);
    }

    /// <summary>Compiles rules.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>A thread-safe factory of sessions.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled, or holds an element this runtime refuses.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleDefinition> rules) => Compile(rules, CancellationToken.None);

    /// <summary>Compiles rules, stopping between rules when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="cancellationToken">Stops the compilation between two rules (the rules compiled so far are kept).</param>
    /// <returns>A thread-safe factory of sessions.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled, or holds an element this runtime refuses.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleDefinition> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var builder = new NetworkBuilder();
        foreach (IRuleDefinition rule in rules)
        {
            try
            {
                CompileRule(builder, rule);
            }
            catch (Exception e)
            {
                throw NRulesErrors.Compilation(rule.Name, e);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return new SessionFactory(builder.Build());
    }

    private static void CompileRule(NetworkBuilder builder, IRuleDefinition rule)
    {
        if (rule.FilterGroup.Filters.Count > 0)
        {
            throw new NotSupportedException($"OshRules.Engine does not support agenda filters; this rule has {rule.FilterGroup.Filters.Count} ({string.Join(", ", rule.FilterGroup.Filters.Select(f => f.FilterType))}).");
        }

        GroupElement lhs = RuleNormalizer.Normalize(rule.LeftHandSide);
        Declaration[] declarations = [.. lhs.Exports];
        foreach ((BuildContext context, IBetaMemoryNode source) in builder.AddRule(rule, lhs))
        {
            TupleShape shape = context.Shape;
            int[] hops = [.. declarations.Select(d => shape.LevelOf(d) is var level and > 0 ? shape.HopsTo(level) : -1)];
            RuleAction[] actions = [.. rule.RightHandSide.Actions.Select(a => CompileAction(a, shape, rule.DependencyGroup.Dependencies))];
            builder.AddRuleNode(new RuleNode(new CompiledRule(rule, declarations, hops, actions)), source);
        }
    }

    private static RuleAction CompileAction(ActionElement element, TupleShape shape, IReadOnlyList<DependencyElement> dependencies)
    {
        LambdaExpression lambda = element.Expression;
        ParameterExpression context = Expression.Parameter(typeof(ActionContext), "context");
        var replacements = new Dictionary<ParameterExpression, Expression> { [lambda.Parameters[0]] = Expression.Convert(context, typeof(IContext)) };
        var arguments = new List<Func<Rete.Tuple, object?>>();
        var resolved = new List<(int Order, ParameterExpression Variable, Type ServiceType)>();
        foreach (ParameterExpression parameter in lambda.Parameters.Skip(1))
        {
            int dependency = dependencies.ToList().FindIndex(d => d.Declaration.Name == parameter.Name);
            if (dependency >= 0)
            {
                // Resolved once, before the action runs (below), as NRules does.
                ParameterExpression variable = Expression.Variable(parameter.Type, parameter.Name);
                resolved.Add((dependency, variable, dependencies[dependency].ServiceType));
                replacements[parameter] = variable;
                arguments.Add(_ => null);
                continue;
            }

            int level = shape.LevelOf(Element.Declaration(parameter.Type, parameter.Name!));
            if (level == 0)
            {
                replacements[parameter] = Expression.Default(parameter.Type);
                arguments.Add(_ => null);
                continue;
            }

            Expression read = shape.Read(LhsCompiler.TupleInput, level);
            replacements[parameter] = Expression.Convert(read, parameter.Type);
            arguments.Add(Expression.Lambda<Func<Rete.Tuple, object?>>(read, LhsCompiler.TupleInput).Compile());
        }

        Expression body = new LhsCompiler.ParameterReplacer(replacements).Visit(InvocationInliner.Inline(lambda.Body));
        if (resolved.Count > 0)
        {
            // In the order the rule declares its dependencies, whether or how often the action uses them.
            var resolveMethod = typeof(ActionContext).GetMethod(nameof(ActionContext.Resolve))!;
            var order = resolved.OrderBy(r => r.Order).ToList();
            body = Expression.Block(
                order.Select(r => r.Variable),
                [
                    .. order.Select(r => (Expression)Expression.Assign(
                        r.Variable,
                        Expression.Convert(Expression.Call(context, resolveMethod, Expression.Constant(r.ServiceType, typeof(Type))), r.Variable.Type))),
                    body,
                ]);
        }

        var compiled = Expression.Lambda<Action<ActionContext, Rete.Tuple>>(body, context, LhsCompiler.TupleInput).Compile();
        return new RuleAction(lambda, element.ActionTrigger, compiled, [.. arguments])
        {
            KeepsContext = ContextConfinement.KeepsContext(body, context),
        };
    }
}
