using System.Linq.Expressions;

namespace OshRules.Engine.Rete;

/// <summary>
/// Decides whether two rewritten condition bodies of different rules compute the same thing, so the rules may share the
/// node that tests them. Equivalence is structural: same node kinds and types, the same members and methods (compared as
/// reflection objects, never by their printed names), parameters matched by role. A constant is equivalent only to an
/// equal value of a primitive-like type or to the very same object, so two rules capturing different values never
/// share. Any node kind not handled here makes the answer "not equivalent", which only costs a missed sharing.
/// </summary>
internal sealed class ExpressionEquivalence
{
    private readonly List<(ParameterExpression A, ParameterExpression B)> _parameters = [];

    private ExpressionEquivalence(IEnumerable<(ParameterExpression A, ParameterExpression B)> parameters) => _parameters.AddRange(parameters);

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are equivalent when each pair of parameters stands for the same input.</summary>
    public static bool Equivalent(Expression? a, Expression? b, params (ParameterExpression A, ParameterExpression B)[] parameters) =>
        new ExpressionEquivalence(parameters).Same(a, b);

    /// <summary>A hash consistent with <see cref="Equivalent"/>: node kinds and types only.</summary>
    public static int Hash(Expression expression) => HashCode.Combine(expression.NodeType, expression.Type);

    private bool Same(Expression? a, Expression? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.NodeType != b.NodeType || a.Type != b.Type)
        {
            return false;
        }

        return (a, b) switch
        {
            (BinaryExpression x, BinaryExpression y) => x.Method == y.Method && x.IsLiftedToNull == y.IsLiftedToNull
                && Same(x.Left, y.Left) && Same(x.Right, y.Right) && Same(x.Conversion, y.Conversion),
            (UnaryExpression x, UnaryExpression y) => x.Method == y.Method && Same(x.Operand, y.Operand),
            (MemberExpression x, MemberExpression y) => x.Member == y.Member && Same(x.Expression, y.Expression),
            (MethodCallExpression x, MethodCallExpression y) => x.Method == y.Method && Same(x.Object, y.Object) && All(x.Arguments, y.Arguments),
            (ConstantExpression x, ConstantExpression y) => SameConstant(x.Value, y.Value),
            (ParameterExpression x, ParameterExpression y) => SameParameter(x, y),
            (ConditionalExpression x, ConditionalExpression y) => Same(x.Test, y.Test) && Same(x.IfTrue, y.IfTrue) && Same(x.IfFalse, y.IfFalse),
            (TypeBinaryExpression x, TypeBinaryExpression y) => x.TypeOperand == y.TypeOperand && Same(x.Expression, y.Expression),
            (NewExpression x, NewExpression y) => x.Constructor == y.Constructor && All(x.Arguments, y.Arguments),
            (NewArrayExpression x, NewArrayExpression y) => All(x.Expressions, y.Expressions),
            (InvocationExpression x, InvocationExpression y) => Same(x.Expression, y.Expression) && All(x.Arguments, y.Arguments),
            (DefaultExpression, DefaultExpression) => true,
            (LambdaExpression x, LambdaExpression y) => SameLambda(x, y),
            _ => false,
        };
    }

    private bool All(IReadOnlyList<Expression> a, IReadOnlyList<Expression> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!Same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool SameLambda(LambdaExpression x, LambdaExpression y)
    {
        if (x.Parameters.Count != y.Parameters.Count)
        {
            return false;
        }

        int mark = _parameters.Count;
        for (int i = 0; i < x.Parameters.Count; i++)
        {
            if (x.Parameters[i].Type != y.Parameters[i].Type)
            {
                return false;
            }

            _parameters.Add((x.Parameters[i], y.Parameters[i]));
        }

        bool same = Same(x.Body, y.Body);
        _parameters.RemoveRange(mark, _parameters.Count - mark);
        return same;
    }

    private bool SameParameter(ParameterExpression x, ParameterExpression y)
    {
        // The innermost binding wins, as in C# scoping.
        for (int i = _parameters.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_parameters[i].A, x) || ReferenceEquals(_parameters[i].B, y))
            {
                return ReferenceEquals(_parameters[i].A, x) && ReferenceEquals(_parameters[i].B, y);
            }
        }

        return false;
    }

    private static bool SameConstant(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        if (ReferenceEquals(x, y))
        {
            return true;
        }

        Type type = x.GetType();
        return type == y.GetType()
            && (type.IsPrimitive || type.IsEnum || x is string or decimal or DateOnly or DateTime or TimeSpan or Guid)
            && x.Equals(y);
    }
}
