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
internal abstract class JoinKey
{
    /// <summary>Gets how a fact memory indexes its facts by this key.</summary>
    public abstract IndexDefinition<Fact> FactIndex { get; }

    /// <summary>Gets how a tuple memory indexes its tuples by this key.</summary>
    public abstract IndexDefinition<Tuple> TupleIndex { get; }

    /// <summary>The facts of an index made by <see cref="FactIndex"/> whose key is the tuple's; throws what the tuple's key throws.</summary>
    public abstract KeyIndex<Fact>.SlotChain FactsOf(KeyIndex<Fact> index, Tuple tuple);

    /// <summary>The tuples of an index made by <see cref="TupleIndex"/> whose key is the fact's; throws what the fact's key throws.</summary>
    public abstract KeyIndex<Tuple>.SlotChain TuplesOf(KeyIndex<Tuple> index, Fact fact);

    /// <summary>The fact's key, boxed (for diagnostics and tests).</summary>
    public abstract object? FactKey(Fact fact);

    /// <summary>The tuple's key, boxed (for diagnostics and tests).</summary>
    public abstract object? TupleKey(Tuple tuple);

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

        LambdaExpression factKey = Side(factSide, lambda, shape, factDeclaration, LhsCompiler.FactInput);
        LambdaExpression tupleKey = Side(tupleSide, lambda, shape, null, LhsCompiler.TupleInput);
        return (JoinKey)Activator.CreateInstance(typeof(JoinKey<>).MakeGenericType(factSide.Type), factKey, tupleKey)!;
    }

    private static LambdaExpression Side(Expression side, LambdaExpression lambda, TupleShape shape, Declaration? factDeclaration, ParameterExpression input)
    {
        HashSet<ParameterExpression> read = ParameterFinder.Find(side);
        var replacements = lambda.Parameters.Where(read.Contains)
            .ToDictionary(p => p, p => (Expression)Expression.Convert(LhsCompiler.Source(p, shape, factDeclaration), p.Type));
        Expression body = new LhsCompiler.ParameterReplacer(replacements).Visit(side);
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(input.Type, side.Type), body, input);
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

/// <summary>A <see cref="JoinKey"/> whose two sides are of type <typeparamref name="TKey"/>: read and compared unboxed.</summary>
/// <typeparam name="TKey">The type of both sides of the equality.</typeparam>
/// <remarks>Made from the two sides' key lambdas, which also let equal keys of other joins share their indexes.</remarks>
internal sealed class JoinKey<TKey> : JoinKey
{
    private readonly IndexDefinition<Fact, TKey> _factIndex;
    private readonly IndexDefinition<Tuple, TKey> _tupleIndex;

    public JoinKey(Expression<Func<Fact, TKey>> factSide, Expression<Func<Tuple, TKey>> tupleSide)
    {
        _factIndex = new(factSide.Compile()) { Expression = factSide };
        _tupleIndex = new(tupleSide.Compile()) { Expression = tupleSide };
    }

    /// <inheritdoc/>
    public override IndexDefinition<Fact> FactIndex => _factIndex;

    /// <inheritdoc/>
    public override IndexDefinition<Tuple> TupleIndex => _tupleIndex;

    /// <inheritdoc/>
    public override KeyIndex<Fact>.SlotChain FactsOf(KeyIndex<Fact> index, Tuple tuple) => ((KeyIndex<Fact, TKey>)index).Find(_tupleIndex.KeyOf(tuple));

    /// <inheritdoc/>
    public override KeyIndex<Tuple>.SlotChain TuplesOf(KeyIndex<Tuple> index, Fact fact) => ((KeyIndex<Tuple, TKey>)index).Find(_factIndex.KeyOf(fact));

    /// <inheritdoc/>
    public override object? FactKey(Fact fact) => _factIndex.KeyOf(fact);

    /// <inheritdoc/>
    public override object? TupleKey(Tuple tuple) => _tupleIndex.KeyOf(tuple);
}
