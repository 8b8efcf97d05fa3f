using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>NRules keeps its exceptions' constructors internal; the engine makes them by reflection, and they must exist.</summary>
public sealed class NRulesErrorsTests
{
    [Fact]
    public void Lhs_MakesNRulesExceptionWithMessageExpressionAndInner()
    {
        var inner = new DivideByZeroException();

        NRules.RuleLhsExpressionEvaluationException ex = NRulesErrors.Lhs("Failed to evaluate condition", "x => (1 / x)", inner);

        Assert.Equal("x => (1 / x)", ex.Expression);
        Assert.Same(inner, ex.InnerException);
        Assert.Equal("Failed to evaluate condition" + Environment.NewLine + "x => (1 / x)", ex.Message);
    }

    [Fact]
    public void Rhs_MakesNRulesExceptionWithRuleNameExpressionAndInner()
    {
        var inner = new InvalidOperationException();

        NRules.RuleRhsExpressionEvaluationException ex = NRulesErrors.Rhs("R-1", "ctx => ctx.Halt()", inner);

        Assert.Equal("R-1", ex.RuleName);
        Assert.Equal("ctx => ctx.Halt()", ex.Expression);
        Assert.Same(inner, ex.InnerException);
        Assert.Equal(string.Join(Environment.NewLine, "Failed to evaluate rule action", "ctx => ctx.Halt()", "R-1"), ex.Message);
    }

    [Fact]
    public void Compilation_MakesNRulesExceptionWithRuleNameAndInner()
    {
        var inner = new NotSupportedException("no");

        NRules.RuleCompilationException ex = NRulesErrors.Compilation("R-2", inner);

        Assert.Equal("R-2", ex.RuleName);
        Assert.Same(inner, ex.InnerException);
        Assert.Equal("Failed to compile rule" + Environment.NewLine + "R-2", ex.Message);
    }
}
