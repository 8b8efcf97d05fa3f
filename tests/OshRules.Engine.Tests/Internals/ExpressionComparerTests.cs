using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="ExpressionComparer"/> decides which conditions are shared, as NRules' compiler decides it: parameters by
/// position, constants and captured values by value, members and methods by identity.
/// </summary>
public sealed class ExpressionComparerTests
{
    [Fact]
    public void AreEqual_SameConditionWithOtherParameterNames_IsEqual()
    {
        Assert.True(Equal(Condition((Exposure a) => a.Level >= 85), Condition((Exposure b) => b.Level >= 85)));
    }

    [Fact]
    public void AreEqual_DifferentConstantsOrMembers_IsNotEqual()
    {
        Assert.False(Equal(Condition((Exposure a) => a.Level >= 85), Condition((Exposure a) => a.Level >= 90)));
        Assert.False(Equal(Condition((Exposure a) => a.Hazard == "noise"), Condition((Exposure a) => a.WorkerId == "noise")));
    }

    [Fact]
    public void AreEqual_CapturedValues_AreComparedByValueNotByClosure()
    {
        Assert.True(Equal(Captured(80), Captured(80)));
        Assert.False(Equal(Captured(80), Captured(95)));
    }

    [Fact]
    public void AreEqual_SameLookingCallsToDifferentMethods_IsNotEqual()
    {
        Assert.False(Equal(Condition((Exposure a) => First(a)), Condition((Exposure a) => Second(a))));
    }

    [Fact]
    public void AreEqual_ExpressionKindItCannotCompare_ThrowsNotSupported()
    {
        LambdaExpression Loop()
        {
            ParameterExpression a = Expression.Parameter(typeof(Exposure), "a");
            LabelTarget end = Expression.Label(typeof(bool));
            return Expression.Lambda(Expression.Loop(Expression.Break(end, Expression.Constant(true)), end), a);
        }

        Assert.Throws<NotSupportedException>(() => ExpressionComparer.AreEqual(Element.Condition(Loop()), Element.Condition(Loop())));
    }

    private static bool Equal(ExpressionElement x, ExpressionElement y) => ExpressionComparer.AreEqual(x, y);

    private static ExpressionElement Condition(Expression<Func<Exposure, bool>> condition) => Element.Condition(condition);

    private static ExpressionElement Captured(int threshold) => Condition(a => a.Level >= threshold);

    private static bool First(Exposure e) => e.Level > 1;

    private static bool Second(Exposure e) => e.Level > 1;
}
