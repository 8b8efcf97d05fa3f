using System.Linq.Expressions;

namespace OshRules.Engine.Fluent.Dsl;

/// <summary>The rule's conditions (left-hand side), read in order; each element may refer to the aliases before it.</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches a fact of type <typeparamref name="TFact"/> (or a subtype) and binds it to an alias.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="alias">The alias, a captured local: <c>() =&gt; worker</c>.</param>
    /// <param name="conditions">Conditions on the fact; they may use earlier aliases (joins).</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> without naming it.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires at least one fact satisfying the conditions (fires once, however many exist).</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no fact satisfies the conditions.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that every fact satisfying the base condition also satisfies the other conditions.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="baseCondition">Selects the facts concerned.</param>
    /// <param name="conditions">What each of them must satisfy.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that every fact of the type satisfies the condition.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="condition">What each fact must satisfy.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition);

    /// <summary>Binds the result of a query (e.g. a collection of matching facts) to an alias.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="alias">The alias.</param>
    /// <param name="queryAction">Builds the query: <c>q =&gt; q.Match&lt;T&gt;(...).Collect()</c>.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction);

    /// <summary>Binds a value computed from earlier aliases to an alias.</summary>
    /// <typeparam name="TResult">The value type.</typeparam>
    /// <param name="alias">The alias.</param>
    /// <param name="expression">The value.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Filters matches by conditions over earlier aliases.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);
}
