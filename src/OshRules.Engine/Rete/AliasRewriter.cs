using System.Linq.Expressions;
using System.Reflection;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Turns a lambda written in <c>Define()</c> into one over a partial match: each captured alias (a closure field)
/// becomes a read of its slot in the <c>items</c> array; lambda parameters are replaced as asked.
/// </summary>
internal sealed class AliasRewriter(
    string ruleName,
    IReadOnlyDictionary<FieldInfo, Declaration> available,
    IReadOnlySet<FieldInfo> allAliases,
    ParameterExpression items,
    IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
{
    public static Expression Slot(ParameterExpression items, Declaration declaration)
    {
        Expression raw = Expression.ArrayIndex(items, Expression.Constant(declaration.Index));
        if (declaration.Kind == DeclarationKind.Pattern)
        {
            raw = Expression.Property(Expression.Convert(raw, typeof(FactHandle)), nameof(FactHandle.Value));
        }

        return Expression.Convert(raw, declaration.Type);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is FieldInfo field)
        {
            if (available.TryGetValue(field, out Declaration? declaration))
            {
                return Slot(items, declaration);
            }

            if (allAliases.Contains(field))
            {
                throw new RuleCompilationException($"Rule '{ruleName}': alias '{field.Name}' is used before the element that binds it (in '{node}').");
            }
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        replacements.TryGetValue(node, out Expression? replacement) ? replacement : base.VisitParameter(node);
}

/// <summary>Finds whether an expression uses a given parameter.</summary>
internal sealed class ParameterFinder(ParameterExpression target) : ExpressionVisitor
{
    private bool _found;

    public static bool Uses(Expression expression, ParameterExpression target)
    {
        var finder = new ParameterFinder(target);
        finder.Visit(expression);
        return finder._found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found |= node == target;
        return node;
    }
}
