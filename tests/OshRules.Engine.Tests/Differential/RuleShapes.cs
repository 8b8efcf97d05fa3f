using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace OshRules.Engine.Tests.Differential;

/// <summary>The shapes of rule the differential tests draw from: every element of NRules' rule model the engine supports.</summary>
public enum Shape
{
    Single,
    KeyJoin,
    NonEqualityJoin,
    Not,
    Exists,
    ForAll,
    Or,
    CollectJoined,
    LetHaving,
    ChainOnYield,
    InsertNote,
    ChainOnInsert,
    ThrowingCondition,
    ThrowingAction,
    CollectUnjoined,
    NotUnjoined,
    Let,
    Deactivation,
    UpdateInAction,
    DslYield,
    OrJoined,
}

/// <summary>One generated rule: a shape, its priority and repeatability, and a number its conditions use.</summary>
public sealed record RuleSpec(Shape Shape, int Priority, int K, bool Repeatable, int Index)
{
    public string Name => $"R{Index}-{Shape}";

    public override string ToString() => $"{Name}(p{Priority},k{K}{(Repeatable ? string.Empty : ",once")})";

    public IRuleDefinition Build()
    {
        var rule = new RuleBuilder();
        rule.Name(Name);
        rule.Priority(Priority);
        rule.Repeatability(Repeatable ? RuleRepeatability.Repeatable : RuleRepeatability.NonRepeatable);
        GroupBuilder lhs = rule.LeftHandSide();
        ActionGroupBuilder rhs = rule.RightHandSide();
        int k = K;
        string name = Name;
        switch (Shape)
        {
            case Shape.Single:
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Alpha, bool>>)(a => a.Value > k));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.Yield(ctx, new Derived(name, a.Id, a.Key))));
                break;
            case Shape.KeyJoin:
                lhs.Pattern(typeof(Alpha), "a");
                lhs.Pattern(typeof(Beta), "b").Condition((Expression<Func<Alpha, Beta, bool>>)((a, b) => b.Key == a.Key));
                rhs.Action((Expression<Action<IContext, Alpha, Beta>>)((ctx, a, b) => Effects.Yield(ctx, new Derived(name, a.Id, b.Id))));
                break;
            case Shape.NonEqualityJoin:
                lhs.Pattern(typeof(Alpha), "a");
                lhs.Pattern(typeof(Beta), "b").Condition((Expression<Func<Alpha, Beta, bool>>)((a, b) => b.Value > a.Value + (k % 3)));
                rhs.Action((Expression<Action<IContext, Alpha, Beta>>)((ctx, a, b) => Effects.Yield(ctx, new Derived(name, a.Id, b.Id))));
                break;
            case Shape.Not:
                lhs.Pattern(typeof(Alpha), "a");
                lhs.Not().Pattern(typeof(Beta), "b").Condition((Expression<Func<Alpha, Beta, bool>>)((a, b) => b.Key == a.Key));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.Yield(ctx, new Derived(name, a.Id, a.Key))));
                break;
            case Shape.Exists:
                lhs.Pattern(typeof(Alpha), "a");
                lhs.Exists().Pattern(typeof(Beta), "b").Condition((Expression<Func<Alpha, Beta, bool>>)((a, b) => b.Key == a.Key && b.Value > k));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.Yield(ctx, new Derived(name, a.Id, a.Key))));
                break;
            case Shape.ForAll:
            {
                lhs.Pattern(typeof(Alpha), "a");
                ForAllBuilder forAll = lhs.ForAll();
                PatternBuilder basePattern = forAll.BasePattern(typeof(Beta));
                basePattern.Condition(Named((Expression<Func<Alpha, Beta, bool>>)((a, b) => b.Key == a.Key), "a", basePattern.Declaration.Name));
                PatternBuilder pattern = forAll.Pattern(typeof(Beta));
                pattern.Condition(Named((Expression<Func<Beta, bool>>)(b => b.Value > k), pattern.Declaration.Name));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.Yield(ctx, new Derived(name, a.Id, a.Key))));
                break;
            }

            case Shape.Or:
            {
                GroupBuilder or = lhs.Group(GroupType.Or);
                or.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Alpha, bool>>)(a => a.Value > k));
                or.Pattern(typeof(Beta), "b").Condition((Expression<Func<Beta, bool>>)(b => b.Value > k));
                rhs.Action((Expression<Action<IContext>>)(ctx => Effects.Yield(ctx, new Derived(name, ctx.Match.Facts.Count(f => f.Value != null), 0))));
                break;
            }

            case Shape.CollectJoined:
            {
                lhs.Pattern(typeof(Alpha), "a");
                PatternBuilder collected = lhs.Pattern(typeof(IEnumerable<Beta>), "bs");
                AggregateBuilder aggregate = collected.Aggregate();
                aggregate.ResultType(typeof(IEnumerable<Beta>));
                aggregate.Collect();
                aggregate.Pattern(typeof(Beta), "b").Condition((Expression<Func<Alpha, Beta, bool>>)((a, b) => b.Key == a.Key));
                collected.Condition((Expression<Func<IEnumerable<Beta>, bool>>)(bs => bs.Count() >= k % 3));
                rhs.Action((Expression<Action<IContext, Alpha, IEnumerable<Beta>>>)((ctx, a, bs) => Effects.Yield(ctx, new Derived(name, a.Id, bs.Count()))));
                break;
            }

            case Shape.LetHaving:
            {
                lhs.Pattern(typeof(Alpha), "a");
                PatternBuilder bound = lhs.Pattern(typeof(int), "v");
                bound.Binding().BindingExpression((Expression<Func<Alpha, int>>)(a => a.Value + a.Key));
                bound.Condition((Expression<Func<int, bool>>)(v => v > k));
                rhs.Action((Expression<Action<IContext, Alpha, int>>)((ctx, a, v) => Effects.Yield(ctx, new Derived(name, a.Id, v))));
                break;
            }

            case Shape.ChainOnYield:
                lhs.Pattern(typeof(Derived), "d").Condition((Expression<Func<Derived, bool>>)(d => d.Key >= k % 2));
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Derived, Alpha, bool>>)((d, a) => a.Id == d.Id));
                rhs.Action((Expression<Action<IContext, Derived, Alpha>>)((ctx, d, a) => ctx.TryInsert(new Note(name, a.Id))));
                break;
            case Shape.InsertNote:
                lhs.Pattern(typeof(Beta), "b").Condition((Expression<Func<Beta, bool>>)(b => b.Value > k));
                rhs.Action((Expression<Action<IContext, Beta>>)((ctx, b) => ctx.TryInsert(new Note(name, b.Id))));
                break;
            case Shape.ChainOnInsert:
                lhs.Pattern(typeof(Note), "n");
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Note, Alpha, bool>>)((n, a) => a.Id == n.Id));
                rhs.Action((Expression<Action<IContext, Note, Alpha>>)((ctx, n, a) => Effects.Yield(ctx, new Derived(name, a.Id, n.Id))));
                break;
            case Shape.ThrowingCondition:
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Alpha, bool>>)(a => Effects.FailsOn(a.Value, k)));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.Yield(ctx, new Derived(name, a.Id, a.Value))));
                break;
            case Shape.ThrowingAction:
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Alpha, bool>>)(a => a.Value > k % 5));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.ThrowOn(a.Key, k % 4)));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.Yield(ctx, new Derived(name, a.Id, a.Key))));
                break;
            case Shape.CollectUnjoined:
            {
                lhs.Pattern(typeof(Alpha), "a");
                PatternBuilder collected = lhs.Pattern(typeof(IEnumerable<Beta>), "bs");
                AggregateBuilder aggregate = collected.Aggregate();
                aggregate.ResultType(typeof(IEnumerable<Beta>));
                aggregate.Collect();
                aggregate.Pattern(typeof(Beta), "b").Condition((Expression<Func<Beta, bool>>)(b => b.Value > k));
                collected.Condition((Expression<Func<IEnumerable<Beta>, bool>>)(bs => bs.Any()));
                rhs.Action((Expression<Action<IContext, Alpha, IEnumerable<Beta>>>)((ctx, a, bs) => Effects.Yield(ctx, new Derived(name, a.Id, bs.Sum(x => x.Id)))));
                break;
            }

            case Shape.NotUnjoined:
                lhs.Pattern(typeof(Alpha), "a");
                lhs.Not().Pattern(typeof(Beta), "b").Condition((Expression<Func<Beta, bool>>)(b => b.Value == k));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => Effects.Yield(ctx, new Derived(name, a.Id, a.Key))));
                break;
            case Shape.Let:
            {
                lhs.Pattern(typeof(Alpha), "a");
                lhs.Pattern(typeof(int), "v").Binding().BindingExpression((Expression<Func<Alpha, int>>)(a => a.Value * 2));
                rhs.Action((Expression<Action<IContext, Alpha, int>>)((ctx, a, v) => Effects.Yield(ctx, new Derived(name, a.Id, v))));
                break;
            }

            case Shape.Deactivation:
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Alpha, bool>>)(a => a.Value > k));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => ctx.TryInsert(new Note(name, a.Id))), ActionTrigger.Activated);
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => ctx.TryRetract(new Note(name, a.Id))), ActionTrigger.Deactivated);
                break;
            case Shape.UpdateInAction:
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Alpha, bool>>)(a => a.Value > 6 + (k % 3)));
                rhs.Action((Expression<Action<IContext, Alpha>>)((ctx, a) => ctx.TryUpdate(new Alpha(a.Id, a.Key, a.Value - 1))));
                break;
            case Shape.DslYield:
                lhs.Pattern(typeof(Alpha), "a").Condition((Expression<Func<Alpha, bool>>)(a => a.Value > k % 5));
                foreach (ActionElement action in DslActions.Yield(name, k))
                {
                    rhs.Action(action.Expression, action.ActionTrigger);
                }

                break;
            case Shape.OrJoined:
            {
                GroupBuilder or = lhs.Group(GroupType.Or);
                GroupBuilder joined = or.Group(GroupType.And);
                joined.Pattern(typeof(Alpha), "a");
                joined.Pattern(typeof(Beta), "b").Condition((Expression<Func<Alpha, Beta, bool>>)((a, b) => b.Key == a.Key && b.Value > k % 5));
                or.Pattern(typeof(Alpha), "c").Condition((Expression<Func<Alpha, bool>>)(c => c.Value == k));
                rhs.Action((Expression<Action<IContext>>)(ctx => Effects.Yield(ctx, new Derived(name, ctx.Match.Facts.Count(f => f.Value != null), ctx.Match.Facts.Select(f => f.Value).OfType<Alpha>().Sum(x => x.Id)))));
                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(Shape), Shape, null);
        }

        return rule.Build();
    }

    /// <summary>The same lambda with its parameters renamed (the rule model binds parameters to declarations by name).</summary>
    private static LambdaExpression Named(LambdaExpression lambda, params string[] names)
    {
        var parameters = lambda.Parameters.Select((p, i) => Expression.Parameter(p.Type, names[i])).ToList();
        var map = lambda.Parameters.Zip(parameters).ToDictionary(x => x.First, x => (Expression)x.Second);
        return Expression.Lambda(new Replacer(map).Visit(lambda.Body), parameters);
    }

    private sealed class Replacer(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out Expression? e) ? e : node;
    }
}
