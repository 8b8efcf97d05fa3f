using NRules;

namespace OshRules.Benchmarks;

/// <summary>Reading facts back from a session as the facade does.</summary>
internal static class SessionQueries
{
    /// <summary>
    /// The facts of type <typeparamref name="T"/> in working memory, as a plain sequence. <c>ISession.Query</c> returns an
    /// <see cref="IQueryable{T}"/> on both runtimes: a LINQ operator called on it (<c>Count</c>, <c>Where</c>) builds and
    /// compiles an expression at every call, about 0.3 ms, which would swamp a small session on either runtime.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="session">The session.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<T> Facts<T>(this ISession session) => session.Query<T>();
}
