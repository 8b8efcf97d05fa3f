using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace OshRules.Engine.Rete;

/// <summary>
/// The declarations a tuple carries, level by level (a level of a Not or Exists node carries none), so that an
/// expression can read a declaration's value by walking a known number of links up the tuple.
/// </summary>
internal sealed class TupleShape(IReadOnlyList<Declaration?> levels)
{
    public static readonly TupleShape Empty = new([]);

    public int Level => levels.Count;

    /// <summary>Gets the level (1-based) that binds a declaration, or 0 when none does.</summary>
    public int LevelOf(Declaration declaration)
    {
        for (int i = levels.Count - 1; i >= 0; i--)
        {
            if (Equals(levels[i], declaration))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>How many links separate a tuple of this shape from the one whose fact is at <paramref name="level"/>.</summary>
    public int HopsTo(int level) => Level - level;

    /// <summary>An expression reading the fact object of <paramref name="level"/> from a tuple of this shape.</summary>
    public Expression Read(Expression tuple, int level)
    {
        Expression at = tuple;
        for (int i = 0; i < HopsTo(level); i++)
        {
            at = Expression.Property(at, nameof(Tuple.LeftTuple));
        }

        return Expression.Property(Expression.Property(at, nameof(Tuple.RightFact)), nameof(Fact.Object));
    }
}

/// <summary>Compiles the rule model's lambdas (whose parameters are declarations) into delegates over tuples and facts.</summary>
internal static class LhsCompiler
{
    private static readonly ParameterExpression TupleParameter = Expression.Parameter(typeof(Tuple), "tuple");
    private static readonly ParameterExpression FactParameter = Expression.Parameter(typeof(Fact), "fact");

    /// <summary>Compiles an expression reading earlier declarations from a tuple and, optionally, one from a fact.</summary>
    public static LhsExpression<TResult> Compile<TResult>(LambdaExpression lambda, TupleShape shape, Declaration? factDeclaration)
    {
        Expression body = Bind(lambda, shape, factDeclaration);
        if (typeof(TResult) != body.Type)
        {
            body = Expression.Convert(body, typeof(TResult));
        }

        var compiled = Expression.Lambda<Func<Tuple?, Fact?, TResult>>(body, TupleParameter, FactParameter).Compile();
        return new LhsExpression<TResult>(lambda, compiled, Arguments(lambda, shape, factDeclaration));
    }

    /// <summary>Rewrites a lambda's body so its parameters read from the tuple and fact parameters.</summary>
    public static Expression Bind(LambdaExpression lambda, TupleShape shape, Declaration? factDeclaration)
    {
        var replacements = new Dictionary<ParameterExpression, Expression>();
        foreach (ParameterExpression parameter in lambda.Parameters)
        {
            replacements[parameter] = Expression.Convert(Source(parameter, shape, factDeclaration), parameter.Type);
        }

        return new ParameterReplacer(replacements).Visit(lambda.Body);
    }

    /// <summary>Readers of each parameter's value, for the events' arguments.</summary>
    public static ArgumentReader Arguments(LambdaExpression lambda, TupleShape shape, Declaration? factDeclaration)
    {
        var readers = new Func<Tuple?, Fact?, object?>[lambda.Parameters.Count];
        for (int i = 0; i < readers.Length; i++)
        {
            Expression source = Source(lambda.Parameters[i], shape, factDeclaration);
            readers[i] = Expression.Lambda<Func<Tuple?, Fact?, object?>>(source, TupleParameter, FactParameter).Compile();
        }

        return new ArgumentReader(readers);
    }

    /// <summary>The expression that yields a parameter's value as an object.</summary>
    public static Expression Source(ParameterExpression parameter, TupleShape shape, Declaration? factDeclaration)
    {
        if (factDeclaration is not null && parameter.Name == factDeclaration.Name)
        {
            return Expression.Property(FactParameter, nameof(Fact.Object));
        }

        int level = shape.LevelOf(Element.Declaration(parameter.Type, parameter.Name!));
        if (level == 0)
        {
            throw new InvalidOperationException($"The expression reads '{parameter.Name}', which no earlier element of the rule binds.");
        }

        return shape.Read(TupleParameter, level);
    }

    public static ParameterExpression TupleInput => TupleParameter;

    public static ParameterExpression FactInput => FactParameter;

    /// <summary>
    /// Replaces the root lambda's parameters; a nested lambda keeps its own, even one that reuses a root parameter
    /// (NRules' <c>Yield</c> builds its update lambda on the action's own context parameter).
    /// </summary>
    internal sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _shadowed = [];

        protected override Expression VisitParameter(ParameterExpression node) =>
            !_shadowed.Contains(node) && replacements.TryGetValue(node, out Expression? replacement) ? replacement : node;

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var added = node.Parameters.Where(p => replacements.ContainsKey(p) && _shadowed.Add(p)).ToList();
            try
            {
                return node.Update(Visit(node.Body), node.Parameters);
            }
            finally
            {
                _shadowed.ExceptWith(added);
            }
        }
    }
}
