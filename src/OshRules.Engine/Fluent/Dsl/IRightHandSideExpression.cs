using System.Linq.Expressions;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Fluent.Dsl;

/// <summary>The rule's actions (right-hand side), run in order when the rule fires.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs an action.</summary>
    /// <param name="action">The action; it may use the aliases and the context.</param>
    /// <returns>This expression.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>
    /// Yields a linked fact: inserted when the rule first fires for a match, replaced when the match changes and the
    /// rule fires again, retracted when the match goes away (truth maintenance).
    /// </summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="yield">Computes the fact.</param>
    /// <returns>This expression.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield);

    /// <summary>Yields a linked fact, computing it differently on insert and on update.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="yieldInsert">Computes the fact the first time.</param>
    /// <param name="yieldUpdate">Computes the new fact from the previous one.</param>
    /// <returns>This expression.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate);
}
