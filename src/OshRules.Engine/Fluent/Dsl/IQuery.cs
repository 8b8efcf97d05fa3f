namespace OshRules.Engine.Fluent.Dsl;

/// <summary>The start of a query: pick the facts it ranges over with <see cref="Match{TSource}"/>.</summary>
public interface IQuery
{
    /// <summary>Ranges the query over facts of type <typeparamref name="TSource"/> satisfying the conditions.</summary>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may use earlier aliases.</param>
    /// <returns>The query.</returns>
    IQuery<TSource> Match<TSource>(params System.Linq.Expressions.Expression<Func<TSource, bool>>[] conditions);
}

/// <summary>A query producing elements of type <typeparamref name="TSource"/>; continue it with <see cref="QueryExtensions"/>.</summary>
/// <typeparam name="TSource">The element type.</typeparam>
#pragma warning disable CA1040 // a marker carrying the element type, like NRules' IQuery<T>
public interface IQuery<out TSource>
#pragma warning restore CA1040
{
}
