using NRules;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests;

/// <summary>The engine throws NRules' own exception types, made through constructors NRules keeps internal.</summary>
public sealed class NRulesErrorsTests
{
    [Fact]
    public void Lhs_MadeByReflection_IsNRulesTypeWithExpressionAndInner()
    {
        var inner = new InvalidOperationException("inner");

        RuleLhsExpressionEvaluationException e = NRulesErrors.Lhs("Failed to evaluate condition", "x => x.Y", inner);

        Assert.Equal("x => x.Y", e.Expression);
        Assert.Same(inner, e.InnerException);
        Assert.StartsWith("Failed to evaluate condition", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rhs_MadeByReflection_CarriesRuleNameAndExpression()
    {
        var inner = new InvalidOperationException("inner");

        RuleRhsExpressionEvaluationException e = NRulesErrors.Rhs("R1", "ctx => ctx.Halt()", inner);

        Assert.Equal("R1", e.RuleName);
        Assert.Equal("ctx => ctx.Halt()", e.Expression);
        Assert.Same(inner, e.InnerException);
    }

    [Fact]
    public void Compilation_MadeByReflection_CarriesRuleName()
    {
        var inner = new NotSupportedException("element");

        RuleCompilationException e = NRulesErrors.Compilation("R2", inner);

        Assert.Equal("R2", e.RuleName);
        Assert.Same(inner, e.InnerException);
    }
}
