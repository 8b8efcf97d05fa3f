using System.Linq.Expressions;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Decides whether a compiled action keeps its context to itself: the context appears only as the receiver of
/// <see cref="IContext"/>'s (or <see cref="ActionContext"/>'s) own members, outside any nested lambda, or copied into a
/// local variable used the same way (the inlined update lambda of NRules' <c>Yield</c> binds its context parameter to
/// one). Such an action cannot hand the context to code that keeps it (a method taking it as an argument, a closure
/// stored somewhere), so once it has run nothing can observe the context again and the session may use the same object
/// for its next firing.
/// </summary>
internal sealed class ContextConfinement : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _aliases;
    private int _nestedLambdas;
    private bool _escapes;

    private ContextConfinement(ParameterExpression context)
    {
        _aliases = [context];
    }

    /// <summary>Whether <paramref name="body"/> uses <paramref name="context"/> only as the receiver of the context's own members.</summary>
    /// <param name="body">The action's body, as compiled.</param>
    /// <param name="context">The parameter the compiled action receives its context in.</param>
    public static bool KeepsContext(Expression body, ParameterExpression context)
    {
        var finder = new ContextConfinement(context);
        finder.Visit(body);
        return !finder._escapes;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (IsReceiver(node.Object, node.Method.DeclaringType))
        {
            Visit(node.Arguments);
            return node;
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node) =>
        IsReceiver(node.Expression, node.Member.DeclaringType) ? node : base.VisitMember(node);

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType == ExpressionType.Assign && _nestedLambdas == 0 && node.Left is ParameterExpression variable && IsContext(node.Right))
        {
            _aliases.Add(variable);
            return node;
        }

        return base.VisitBinary(node);
    }

    // A block's declarations are not uses.
    protected override Expression VisitBlock(BlockExpression node)
    {
        Visit(node.Expressions);
        return node;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _nestedLambdas++;
        try
        {
            return base.VisitLambda(node);
        }
        finally
        {
            _nestedLambdas--;
        }
    }

    // Any other appearance (an argument, a nested lambda's capture, an assignment) may let the context out.
    protected override Expression VisitParameter(ParameterExpression node)
    {
        _escapes |= _aliases.Contains(node);
        return node;
    }

    private bool IsReceiver(Expression? target, Type? declaringType) =>
        _nestedLambdas == 0 && (declaringType == typeof(IContext) || declaringType == typeof(ActionContext)) && IsContext(target);

    private bool IsContext(Expression? expression) =>
        expression is ParameterExpression parameter ? _aliases.Contains(parameter)
        : expression is UnaryExpression { NodeType: ExpressionType.Convert, Operand: ParameterExpression operand } && _aliases.Contains(operand);
}
