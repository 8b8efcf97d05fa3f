using System.Linq.Expressions;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>Inlining a lambda invoked in place must not change what the expression computes, in what order, or what it throws.</summary>
public sealed class InvocationInlinerTests
{
    [Fact]
    public void Inline_EvaluatesTheArgumentsOnceInOrder_ThenTheBody()
    {
        var calls = new List<string>();
        Func<string, int, int> step = (name, value) =>
        {
            calls.Add(name);
            return value;
        };
        ParameterExpression a = Expression.Parameter(typeof(int), "a");
        ParameterExpression b = Expression.Parameter(typeof(int), "b");
        Expression body = Expression.Invoke(
            Expression.Lambda(Expression.Subtract(Expression.Multiply(a, a), Expression.Invoke(Expression.Constant(step), Expression.Constant("body"), b)), a, b),
            Expression.Invoke(Expression.Constant(step), Expression.Constant("first"), Expression.Constant(7)),
            Expression.Invoke(Expression.Constant(step), Expression.Constant("second"), Expression.Constant(2)));

        Expression inlined = InvocationInliner.Inline(body);
        int result = Expression.Lambda<Func<int>>(inlined).Compile()();

        Assert.DoesNotContain(Flatten(inlined), e => e is InvocationExpression { Expression: LambdaExpression });
        Assert.Equal(47, result);
        Assert.Equal(["first", "second", "body"], calls);
    }

    /// <summary>NRules' Yield passes the outer context parameter to an inner lambda that may declare the same parameter object.</summary>
    [Fact]
    public void Inline_InnerLambdaReusingAnOuterParameter_ReadsTheArgumentNotItself()
    {
        ParameterExpression x = Expression.Parameter(typeof(int), "x");
        Expression body = Expression.Invoke(Expression.Lambda(Expression.Add(x, Expression.Constant(1)), x), Expression.Multiply(x, Expression.Constant(10)));

        var compiled = Expression.Lambda<Func<int, int>>(InvocationInliner.Inline(body), x).Compile();

        Assert.Equal(31, compiled(3));
    }

    [Fact]
    public void Inline_TheBodyThrows_TheSameExceptionSurfaces()
    {
        ParameterExpression s = Expression.Parameter(typeof(string), "s");
        Expression body = Expression.Invoke(Expression.Lambda(Expression.Property(s, nameof(string.Length)), s), Expression.Constant(null, typeof(string)));

        var compiled = Expression.Lambda<Func<int>>(InvocationInliner.Inline(body)).Compile();

        Assert.Throws<NullReferenceException>(() => compiled());
    }

    private static IEnumerable<Expression> Flatten(Expression expression)
    {
        var all = new List<Expression>();
        new Collector(all).Visit(expression);
        return all;
    }

    private sealed class Collector(List<Expression> all) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                all.Add(node);
            }

            return base.Visit(node);
        }
    }
}
