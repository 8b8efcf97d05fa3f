using System.Linq.Expressions;

namespace OshRules.Engine.Rete;

/// <summary>
/// Rewrites the invocation of a lambda written in place, <c>((a, b) =&gt; body)(x, y)</c>, as a block that assigns the
/// arguments to fresh variables and then evaluates the body: the same evaluation order, the same values, the same
/// exceptions. NRules' <c>Yield</c> writes its fact's expression so; compiled as written, every firing of the action
/// would allocate a closure to carry the rule's facts into the inner lambda.
/// </summary>
internal sealed class InvocationInliner : ExpressionVisitor
{
    /// <summary>Returns the expression with every lambda invoked in place inlined.</summary>
    public static Expression Inline(Expression expression) => new InvocationInliner().Visit(expression);

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        if (node.Expression is not LambdaExpression lambda)
        {
            return base.VisitInvocation(node);
        }

        ParameterExpression[] variables = [.. lambda.Parameters.Select(p => Expression.Variable(p.Type, p.Name))];
        var renamed = new Dictionary<ParameterExpression, Expression>();
        for (int i = 0; i < variables.Length; i++)
        {
            renamed[lambda.Parameters[i]] = variables[i];
        }

        Expression body = new LhsCompiler.ParameterReplacer(renamed).Visit(lambda.Body);
        Expression[] steps =
        [
            .. variables.Select((v, i) => (Expression)Expression.Assign(v, Visit(node.Arguments[i]))),
            Visit(body),
        ];
        return Expression.Block(node.Type, variables, steps);
    }
}
