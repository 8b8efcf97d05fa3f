using System.Linq.Expressions;
using System.Reflection;
using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Fluent.Builders;

/// <summary>Records what <c>Define()</c> says; the compiler turns it into a network.</summary>
internal sealed class RuleBuilder
{
    public RuleBuilder()
    {
        Lhs = new LhsBuilder(this);
        Rhs = new RhsBuilder(this);
    }

    public List<LhsElement> Elements { get; } = [];

    public List<RhsAction> Actions { get; } = [];

    public LhsBuilder Lhs { get; }

    public RhsBuilder Rhs { get; }

    internal static FieldInfo AliasOf(LambdaExpression alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        if (alias.Body is MemberExpression { Member: FieldInfo field, Expression: ConstantExpression or MemberExpression })
        {
            return field;
        }

        throw new RuleCompilationException($"An alias must be a captured local variable, as in '() => worker'; got '{alias}'.");
    }
}

/// <summary>The left-hand side being written.</summary>
internal sealed class LhsBuilder(RuleBuilder rule) : ILeftHandSideExpression
{
    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions) =>
        Add(new PatternElement(PatternKind.Match, RuleBuilder.AliasOf(alias), typeof(TFact), Checked(conditions)));

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        Add(new PatternElement(PatternKind.Match, null, typeof(TFact), Checked(conditions)));

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        Add(new PatternElement(PatternKind.Exists, null, typeof(TFact), Checked(conditions)));

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        Add(new PatternElement(PatternKind.Not, null, typeof(TFact), Checked(conditions)));

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(baseCondition);
        Checked(conditions);

        // "every fact passing the base passes the conditions" is "no fact passes the base and fails a condition".
        ParameterExpression p = baseCondition.Parameters[0];
        Expression all = conditions.Length == 0
            ? Expression.Constant(true)
            : conditions.Select(c => ParameterReplacer.Replace(c.Body, c.Parameters[0], p)).Aggregate(Expression.AndAlso);
        var counterExample = Expression.Lambda<Func<TFact, bool>>(Expression.AndAlso(baseCondition.Body, Expression.Not(all)), p);
        return Add(new PatternElement(PatternKind.Not, null, typeof(TFact), [counterExample]));
    }

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var counterExample = Expression.Lambda<Func<TFact, bool>>(Expression.Not(condition.Body), condition.Parameters);
        return Add(new PatternElement(PatternKind.Not, null, typeof(TFact), [counterExample]));
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction)
    {
        ArgumentNullException.ThrowIfNull(queryAction);
        FieldInfo field = RuleBuilder.AliasOf(alias);
        QuerySpec spec = QuerySpec.Of(queryAction(new QueryStart()));
        return Add(new QueryElement(field, typeof(TResult), spec));
    }

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Add(new LetElement(RuleBuilder.AliasOf(alias), typeof(TResult), expression));
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions) => Add(new HavingElement(Checked(conditions)));

    private static LambdaExpression[] Checked(LambdaExpression[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        foreach (LambdaExpression c in conditions)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(conditions));
        }

        return conditions;
    }

    private LhsBuilder Add(LhsElement element)
    {
        rule.Elements.Add(element);
        return this;
    }
}

/// <summary>The right-hand side being written.</summary>
internal sealed class RhsBuilder(RuleBuilder rule) : IRightHandSideExpression
{
    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        rule.Actions.Add(new RhsAction(RhsActionKind.Do, action, null));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield)
    {
        ArgumentNullException.ThrowIfNull(yield);
        rule.Actions.Add(new RhsAction(RhsActionKind.Yield, yield, null));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate)
    {
        ArgumentNullException.ThrowIfNull(yieldInsert);
        ArgumentNullException.ThrowIfNull(yieldUpdate);
        rule.Actions.Add(new RhsAction(RhsActionKind.Yield, yieldInsert, yieldUpdate));
        return this;
    }
}

/// <summary>Replaces one parameter by another expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(Expression body, ParameterExpression from, Expression to) => new ParameterReplacer(from, to).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
