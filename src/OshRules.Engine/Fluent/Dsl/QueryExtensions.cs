using System.Linq.Expressions;

namespace OshRules.Engine.Fluent.Dsl;

/// <summary>Query operators: <c>Where</c>, <c>Select</c>, <c>Collect</c>.</summary>
public static class QueryExtensions
{
    /// <summary>Keeps the elements satisfying the conditions (after <see cref="Collect{TSource}"/>: conditions on the collection).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="predicates">The conditions; they may use earlier aliases.</param>
    /// <returns>The query.</returns>
    public static IQuery<TSource> Where<TSource>(this IQuery<TSource> source, params Expression<Func<TSource, bool>>[] predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        return QuerySpec.Of(source).Then<TSource>(new QueryStep(QueryStepKind.Where, typeof(TSource), predicates));
    }

    /// <summary>Projects each element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="selector">The projection; it may use earlier aliases.</param>
    /// <returns>The query.</returns>
    public static IQuery<TResult> Select<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, TResult>> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return QuerySpec.Of(source).Then<TResult>(new QueryStep(QueryStepKind.Select, typeof(TResult), [selector]));
    }

    /// <summary>Collects the elements into a collection; an empty collection when nothing matches.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <returns>The query.</returns>
    public static IQuery<IEnumerable<TSource>> Collect<TSource>(this IQuery<TSource> source) =>
        QuerySpec.Of(source).Then<IEnumerable<TSource>>(new QueryStep(QueryStepKind.Collect, typeof(TSource), []));
}
