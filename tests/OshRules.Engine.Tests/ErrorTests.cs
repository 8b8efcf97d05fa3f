using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class ErrorTests
{
    [Fact]
    public void Insert_ConditionThrows_ThrowsLhsExceptionNamingRuleWithInner()
    {
        var session = Compiled.Session(typeof(ThrowingConditionRule));

        var ex = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Employee("a", 13, "u")));

        Assert.Equal("Throwing condition", ex.RuleName);
        Assert.Contains("'Throwing condition'", ex.Message, StringComparison.Ordinal);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
    }

    [Fact]
    public void Insert_AfterConditionThrew_SessionStaysUsable()
    {
        var session = Compiled.Session(typeof(ThrowingConditionRule));
        Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Employee("a", 13, "u")));

        session.Insert(new Employee("b", 30, "u"));
        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal([new Due("b", "cond")], session.Query<Due>());
    }

    [Fact]
    public void Insert_ConditionThrowsAndHandlerHandles_DoesNotThrow()
    {
        var session = Compiled.Session(typeof(ThrowingConditionRule));
        Exception? seen = null;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            seen = e.Exception;
            e.IsHandled = true;
        };

        session.Insert(new Employee("a", 13, "u"));

        Assert.IsType<DivideByZeroException>(seen);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_ActionThrows_ThrowsRhsExceptionNamingRuleWithInner()
    {
        var session = Compiled.Session(typeof(ThrowingActionRule));
        session.Insert(new Employee("a", 13, "u"));

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal("Throwing action", ex.RuleName);
        Assert.Contains("'Throwing action'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("unlucky", Assert.IsType<InvalidOperationException>(ex.InnerException).Message);
    }

    [Fact]
    public void Fire_AfterActionThrew_SessionStaysUsable()
    {
        var session = Compiled.Session(typeof(ThrowingActionRule), typeof(JoinRule));
        session.Insert(new Employee("a", 13, "u"));
        Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        session.Insert(new Exposure("a", "noise", 1));
        session.Fire();

        Assert.Equal([new Due("a", "noise")], session.Query<Due>());
    }

    [Fact]
    public void Fire_ActionThrowsAndHandlerHandles_ContinuesFiring()
    {
        var session = Compiled.Session(typeof(ThrowingActionRule));
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.InsertAll([new Employee("a", 13, "u"), new Employee("b", 30, "u")]);

        int fired = session.Fire();

        Assert.Equal(2, fired);
    }

    [Fact]
    public void Compile_AliasUsedBeforeBound_ThrowsCompilationExceptionNamingRuleAndAlias()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Compiled.From(typeof(AliasTooEarlyRule)));

        Assert.StartsWith("Rule 'Uses alias too early': alias 'worker' is used before the element that binds it", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleWithoutParameterlessConstructor_ThrowsCompilationException()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Compiled.From(typeof(NoDefaultConstructorRule)));

        Assert.Contains("no public parameterless constructor", ex.Message, StringComparison.Ordinal);
    }
}
