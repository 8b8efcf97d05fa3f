using System.Linq.Expressions;

namespace OshRules.Engine.Rete;

/// <summary>
/// A left-hand-side expression of a rule (a condition, a binding, a key), compiled to read its arguments straight
/// from the tuple and the fact. Invoking it reports failures (and, when someone listens, every evaluation) through the
/// session's events as NRules' runtime does, with the same arguments.
/// </summary>
/// <typeparam name="TResult">The expression's result.</typeparam>
internal sealed class LhsExpression<TResult>(LambdaExpression expression, Func<Tuple?, Fact?, TResult> compiled, ArgumentReader arguments)
{
    public LambdaExpression Expression { get; } = expression;

    public Func<Tuple?, Fact?, TResult> Compiled { get; } = compiled;

    public TResult Invoke(Session session, INode node, Tuple? tuple, Fact? fact)
    {
        Exception? exception = null;
        TResult result = default!;
        try
        {
            result = Compiled(tuple, fact);
            return result;
        }
        catch (Exception e)
        {
            exception = e;
            bool handled = session.Events.RaiseLhsExpressionFailed(session, e, Expression, arguments, tuple, fact, node.Rules);
            throw new LhsEvaluationFailure(e, Expression, handled);
        }
        finally
        {
            if (session.Events.TraceEnabled)
            {
                session.Events.RaiseLhsExpressionEvaluated(session, exception, Expression, arguments, result, tuple, fact, node.Rules);
            }
        }
    }
}

/// <summary>An expression of the left-hand side threw; whether an event handler marked the failure as handled.</summary>
internal sealed class LhsEvaluationFailure(Exception inner, LambdaExpression expression, bool isHandled)
    : Exception(inner.Message, inner)
{
    public LambdaExpression Expression { get; } = expression;

    public bool IsHandled { get; } = isHandled;
}

/// <summary>Reads the values of an expression's parameters from a tuple and a fact, for the events' arguments.</summary>
internal sealed class ArgumentReader(Func<Tuple?, Fact?, object?>[] readers)
{
    public static readonly ArgumentReader None = new([]);

    public object?[] Read(Tuple? tuple, Fact? fact)
    {
        var values = new object?[readers.Length];
        for (int i = 0; i < readers.Length; i++)
        {
            values[i] = readers[i](tuple, fact);
        }

        return values;
    }
}
