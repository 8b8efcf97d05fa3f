using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// The hash key of a join: a condition that is, or starts with (<c>&amp;&amp;</c>), an equality between an expression of
/// the new fact alone and an expression of earlier facts alone, on a type whose <c>==</c> agrees with
/// <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/>. Only the join's first condition is
/// considered: a later one is evaluated only where the earlier ones held, and skipping pairs must not skip an
/// evaluation NRules' runtime would make.
/// </summary>
internal sealed class JoinKey(Func<Fact, object?> factKey, Func<Tuple, object?> tupleKey)
{
    public Func<Fact, object?> FactKey { get; } = factKey;

    public Func<Tuple, object?> TupleKey { get; } = tupleKey;

    public static JoinKey? Find(ExpressionElement? first, TupleShape shape, Declaration factDeclaration)
    {
        if (first is null)
        {
            return null;
        }

        LambdaExpression lambda = first.Expression;
        ParameterExpression? factParameter = lambda.Parameters.FirstOrDefault(p => p.Name == factDeclaration.Name);
        if (factParameter is null || lambda.Parameters.Count < 2)
        {
            return null;
        }

        Expression body = lambda.Body;
        while (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            body = and.Left;
        }

        if (body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !AgreesWithEquals(equal))
        {
            return null;
        }

        bool leftIsFact = Reads(equal.Left, factParameter) && !ReadsOthers(equal.Left, lambda, factParameter);
        bool rightIsFact = Reads(equal.Right, factParameter) && !ReadsOthers(equal.Right, lambda, factParameter);
        bool leftIsTuple = !Reads(equal.Left, factParameter) && ReadsOthers(equal.Left, lambda, factParameter);
        bool rightIsTuple = !Reads(equal.Right, factParameter) && ReadsOthers(equal.Right, lambda, factParameter);
        (Expression factSide, Expression tupleSide) = (leftIsFact && rightIsTuple) ? (equal.Left, equal.Right)
            : (rightIsFact && leftIsTuple) ? (equal.Right, equal.Left)
            : (null!, null!);
        if (factSide is null)
        {
            return null;
        }

        return new JoinKey(
            CompileSide<Fact>(factSide, lambda, shape, factDeclaration, LhsCompiler.FactInput),
            CompileSide<Tuple>(tupleSide, lambda, shape, null, LhsCompiler.TupleInput));
    }

    private static Func<T, object?> CompileSide<T>(Expression side, LambdaExpression lambda, TupleShape shape, Declaration? factDeclaration, ParameterExpression input)
    {
        HashSet<ParameterExpression> read = ParameterFinder.Find(side);
        var replacements = lambda.Parameters.Where(read.Contains)
            .ToDictionary(p => p, p => (Expression)Expression.Convert(LhsCompiler.Source(p, shape, factDeclaration), p.Type));
        Expression body = new LhsCompiler.ParameterReplacer(replacements).Visit(side);
        return Expression.Lambda<Func<T, object?>>(Expression.Convert(body, typeof(object)), input).Compile();
    }

    private static bool Reads(Expression expression, ParameterExpression parameter) => ParameterFinder.Find(expression).Contains(parameter);

    private static bool ReadsOthers(Expression expression, LambdaExpression lambda, ParameterExpression except) =>
        ParameterFinder.Find(expression).Any(p => p != except && lambda.Parameters.Contains(p));

    /// <summary>Whether <c>==</c> on these operands is the operands' Equals, so a hash lookup finds exactly the pairs it accepts.</summary>
    private static bool AgreesWithEquals(BinaryExpression equal)
    {
        Type type = equal.Left.Type;
        if (type != equal.Right.Type)
        {
            return false;
        }

        Type underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(double) || underlying == typeof(float) || underlying == typeof(Half))
        {
            // NaN == NaN is false, but NaN.Equals(NaN) is true.
            return false;
        }

        if (equal.Method is null)
        {
            return underlying.IsPrimitive || underlying.IsEnum;
        }

        Type owner = equal.Method.DeclaringType!;
        if (owner == typeof(string) || owner == typeof(decimal) || owner == typeof(DateOnly) || owner == typeof(DateTime)
            || owner == typeof(TimeOnly) || owner == typeof(TimeSpan) || owner == typeof(Guid) || owner == typeof(DateTimeOffset))
        {
            return true;
        }

        // A record's == is its compiler-made value equality (a record cannot declare its own).
        return owner == underlying && owner.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _found = [];

        public static HashSet<ParameterExpression> Find(Expression expression)
        {
            var finder = new ParameterFinder();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found.Add(node);
            return node;
        }
    }
}
