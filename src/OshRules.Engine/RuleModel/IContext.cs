namespace OshRules.Engine.RuleModel;

/// <summary>What a rule's action sees while it runs: the rule, the match, and working memory.</summary>
public interface IContext
{
    /// <summary>Gets the firing rule.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Gets the match the rule fires for.</summary>
    IMatch Match { get; }

    /// <summary>Stops the current <c>Fire</c> after this action.</summary>
    void Halt();

    /// <summary>Inserts a new fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">An equal fact is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>Inserts new facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">An equal fact is already in working memory (then none is inserted).</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless an equal one is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Updates a fact in working memory.</summary>
    /// <param name="fact">The new state of the fact (identified by equality or <see cref="IIdentityProvider"/>).</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Update(object fact);

    /// <summary>Updates a fact if it is in working memory.</summary>
    /// <param name="fact">The new state of the fact.</param>
    /// <returns>Whether the fact was updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Retracts a fact from working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Retract(object fact);

    /// <summary>Retracts a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>Gets the facts this activation yielded (linked facts).</summary>
    /// <returns>The linked facts.</returns>
    IEnumerable<object> GetLinked();
}
