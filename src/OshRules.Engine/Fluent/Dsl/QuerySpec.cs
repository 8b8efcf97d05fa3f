using System.Collections.Immutable;
using System.Linq.Expressions;

namespace OshRules.Engine.Fluent.Dsl;

/// <summary>What a query is made of: a source pattern followed by steps; immutable, each operator returns a new one.</summary>
internal class QuerySpec
{
    protected QuerySpec(ImmutableArray<QueryStep> steps) => Steps = steps;

    public ImmutableArray<QueryStep> Steps { get; }

    public static QuerySpec Of<T>(IQuery<T> query) =>
        query as QuerySpec ?? throw new ArgumentException("The query was not built by the engine's DSL.", nameof(query));

    public QuerySpec<TNext> Then<TNext>(QueryStep step) => new(Steps.Add(step));
}

/// <summary>A query typed by its current element type.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class QuerySpec<T> : QuerySpec, IQuery<T>
{
    public QuerySpec(ImmutableArray<QueryStep> steps)
        : base(steps)
    {
    }
}

/// <summary>The query's starting point.</summary>
internal sealed class QueryStart : IQuery
{
    public IQuery<TSource> Match<TSource>(params Expression<Func<TSource, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new QuerySpec<TSource>([new QueryStep(QueryStepKind.Match, typeof(TSource), conditions)]);
    }
}

/// <summary>One operator of a query.</summary>
internal sealed record QueryStep(QueryStepKind Kind, Type Type, IReadOnlyList<LambdaExpression> Expressions);

/// <summary>Kinds of query operator.</summary>
internal enum QueryStepKind
{
    Match,
    Where,
    Select,
    Collect,
}
