using OshRules.Engine.Diagnostics;

namespace OshRules.Engine;

/// <summary>
/// A working memory plus an agenda: facts go in, <see cref="Fire()"/> runs the rules to a fixed point, results come out
/// with <see cref="Query{TFact}"/>. Not thread-safe: one session per thread.
/// </summary>
public interface ISession
{
    /// <summary>Gets the session's events.</summary>
    IEventProvider Events { get; }

    /// <summary>Inserts a new fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">An equal fact is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>Inserts new facts; if any is already in working memory, none is inserted.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is already in working memory, or appears twice.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless an equal one is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Updates a fact (identified by equality, or by <see cref="RuleModel.IIdentityProvider"/>).</summary>
    /// <param name="fact">The new state of the fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Update(object fact);

    /// <summary>Updates a fact if it is in working memory.</summary>
    /// <param name="fact">The new state of the fact.</param>
    /// <returns>Whether the fact was updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Retracts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Retract(object fact);

    /// <summary>Retracts a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>Fires rules until the agenda is empty (or an action halts).</summary>
    /// <returns>The number of rules fired.</returns>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> rules.</summary>
    /// <param name="maxRulesNumber">The maximum number of rules to fire.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRulesNumber);

    /// <summary>Queries working memory for facts of a type (including derived types and implementations).</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <returns>
    /// A snapshot of the facts, in insertion order. (NRules returns <c>IQueryable&lt;T&gt;</c>; an
    /// <c>IEnumerable&lt;T&gt;</c> keeps LINQ on it cheap, and code written against it also compiles against NRules.)
    /// </returns>
    IEnumerable<TFact> Query<TFact>();
}
