using System.Linq.Expressions;
using NRules.Extensibility;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>One action of a rule, compiled to read its arguments from the activation's tuple.</summary>
internal sealed class RuleAction(LambdaExpression expression, ActionTrigger trigger, Action<ActionContext, Tuple> compiled, Func<Tuple, object?>[] arguments)
{
    public LambdaExpression Expression { get; } = expression;

    public ActionTrigger Trigger { get; } = trigger;

    /// <summary>Gets a value indicating whether the action keeps its context to itself (<see cref="ContextConfinement"/>).</summary>
    public bool KeepsContext { get; init; }

    public object?[] Arguments(Activation activation)
    {
        var values = new object?[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i](activation);
        }

        return values;
    }

    public void Invoke(Session session, ActionContext context)
    {
        Exception? exception = null;
        try
        {
            compiled(context, context.Activation);
        }
        catch (Exception e)
        {
            exception = e;
            if (!session.Events.RaiseRhsExpressionFailed(session, e, Expression, Arguments(context.Activation), context.Activation))
            {
                throw;
            }
        }
        finally
        {
            if (session.Events.TraceEnabled)
            {
                session.Events.RaiseRhsExpressionEvaluated(session, exception, Expression, Arguments(context.Activation), context.Activation);
            }
        }
    }
}

/// <summary>An action about to run, as an <see cref="IActionInterceptor"/> sees it.</summary>
internal sealed class ActionInvocation(Session session, ActionContext context, RuleAction action) : IActionInvocation
{
    public RuleAction Action { get; } = action;

    public IReadOnlyList<object?> Arguments => Action.Arguments(context.Activation);

    public ActionTrigger Trigger => Action.Trigger;

    public void Invoke() => Action.Invoke(session, context);
}
