using System.Linq.Expressions;
using NRules.RuleModel;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="ContextConfinement"/> lets a session reuse a firing's context only when the action cannot have kept it:
/// the context is only the receiver of its own members, directly or through a local copy, and never inside a lambda.
/// </summary>
public sealed class ContextConfinementTests
{
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(ActionContext), "context");
    private static readonly Expression AsIContext = Expression.Convert(Context, typeof(IContext));
    private static readonly System.Reflection.MethodInfo KeepMethod =
        typeof(ContextConfinementTests).GetMethod(nameof(Keep), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
    private static readonly System.Reflection.MethodInfo LaterMethod =
        typeof(ContextConfinementTests).GetMethod(nameof(Later), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    [Fact]
    public void KeepsContext_CallsAndPropertiesOfTheContextOnly_Keeps()
    {
        Expression body = Expression.Block(
            Expression.Call(AsIContext, typeof(IContext).GetMethod(nameof(IContext.Insert))!, Expression.Constant("fact", typeof(object))),
            Expression.Call(AsIContext, typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!, Expression.Constant("key", typeof(object)),
                Expression.Property(AsIContext, nameof(IContext.Rule))),
            Expression.Call(Context, typeof(ActionContext).GetMethod(nameof(ActionContext.Halt))!));

        Assert.True(ContextConfinement.KeepsContext(body, Context));
    }

    [Fact]
    public void KeepsContext_ALocalCopyUsedAsTheReceiver_Keeps()
    {
        Expression body = ThroughLocalCopy(copy => Expression.Call(copy, typeof(IContext).GetMethod(nameof(IContext.Halt))!));

        Assert.True(ContextConfinement.KeepsContext(body, Context));
    }

    [Fact]
    public void KeepsContext_TheContextAsAnArgument_LetsItOut()
    {
        Expression body = Expression.Call(KeepMethod, AsIContext);

        Assert.False(ContextConfinement.KeepsContext(body, Context));
    }

    [Fact]
    public void KeepsContext_ALocalCopyPassedOn_LetsItOut()
    {
        Expression body = ThroughLocalCopy(copy => Expression.Call(KeepMethod, copy));

        Assert.False(ContextConfinement.KeepsContext(body, Context));
    }

    [Fact]
    public void KeepsContext_TheContextInsideALambda_LetsItOut()
    {
        // Even as a receiver: the lambda itself may be kept and run later.
        Expression<Action> later = Expression.Lambda<Action>(Expression.Call(AsIContext, typeof(IContext).GetMethod(nameof(IContext.Halt))!));
        Expression body = Expression.Call(LaterMethod, later);

        Assert.False(ContextConfinement.KeepsContext(body, Context));
    }

    [Fact]
    public void KeepsContext_TheContextStoredInAField_LetsItOut()
    {
        var holder = new Holder();
        Expression body = Expression.Assign(Expression.Field(Expression.Constant(holder), nameof(Holder.Kept)), AsIContext);

        Assert.False(ContextConfinement.KeepsContext(body, Context));
    }

    [Fact]
    public void KeepsContext_TheActionNRulesDslMakesOfYield_Keeps()
    {
        // As the compiler prepares an action: lambdas invoked in place inlined, the IContext parameter read off the
        // engine's context. The differential's DslYield shape runs this action on both runtimes.
        LambdaExpression action = Differential.DslActions.Yield("R", 1).Single().Expression;
        var replacements = new Dictionary<ParameterExpression, Expression> { [action.Parameters[0]] = AsIContext };
        Expression body = new LhsCompiler.ParameterReplacer(replacements).Visit(InvocationInliner.Inline(action.Body));

        Assert.True(InvocationFinder.Finds(action.Body)); // the DSL's lambdas, invoked in place
        Assert.False(InvocationFinder.Finds(body));
        Assert.True(ContextConfinement.KeepsContext(body, Context));
    }

    // The context copied into a local variable, then used as given: the shape the inlined update lambda of Yield has.
    private static BlockExpression ThroughLocalCopy(Func<ParameterExpression, Expression> use)
    {
        ParameterExpression copy = Expression.Variable(typeof(IContext), "ctx");
        return Expression.Block([copy], Expression.Assign(copy, AsIContext), use(copy));
    }

    private sealed class InvocationFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Finds(Expression expression)
        {
            var finder = new InvocationFinder();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            _found = true;
            return base.VisitInvocation(node);
        }
    }

    internal static void Keep(IContext context) => GC.KeepAlive(context);

    internal static void Later(Action action) => GC.KeepAlive(action);

    public sealed class Holder
    {
#pragma warning disable CA1051 // A public field, for the expression to assign.
        public IContext? Kept;
#pragma warning restore CA1051
    }
}
