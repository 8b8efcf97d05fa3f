using NRules.Fluent;
using NRules.RuleModel;
using DslRule = NRules.Fluent.Dsl.Rule;

namespace OshRules.Engine.Tests.Differential;

/// <summary>
/// Actions as NRules' fluent DSL writes them, taken from real DSL rules: the generated rules otherwise call
/// <see cref="Effects.Yield"/>, a method, where the DSL's <c>Yield</c> is a block with lambdas invoked in place and a
/// local copy of the context — the code OshRules.Engine inlines and checks for context reuse.
/// </summary>
internal static class DslActions
{
    /// <summary>The right-hand side NRules' DSL makes of <see cref="DslYieldRule"/> for this rule name and number.</summary>
    public static IEnumerable<ActionElement> Yield(string name, int k)
    {
        var repository = new RuleRepository(new Activator(new DslYieldRule(name, k)));
        repository.Load(x => x.From(typeof(DslYieldRule)));
        return repository.GetRuleSets().SelectMany(set => set.Rules).Single().RightHandSide.Actions;
    }

    private sealed class Activator(DslRule rule) : IRuleActivator
    {
        public IEnumerable<DslRule> Activate(Type type) => [rule];
    }
}

/// <summary>
/// Yields a fact on activation and rewrites it from the linked fact on reactivation. Public, as NRules' repository loads
/// only public rule types; it carries no tag, so no test that loads the assembly's tagged rules takes it.
/// </summary>
public sealed class DslYieldRule(string name, int k) : DslRule
{
    public override void Define()
    {
        Alpha a = default!;
        When().Match(() => a);
        Then().Yield(ctx => new Derived(name, a.Id, a.Key + k), (ctx, linked) => new Derived(name, linked.Id, (a.Key * 10) + (linked.Key % 10)));
    }
}
