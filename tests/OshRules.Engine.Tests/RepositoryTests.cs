using OshRules.Engine.Fluent;
using OshRules.Engine.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class RepositoryTests
{
    [Fact]
    public void Load_FromAssemblyWhereTagged_LoadsOnlyTaggedRules()
    {
        var repository = new RuleRepository();

        repository.Load(x => x.From(typeof(ExposedWithoutExamRule).Assembly).Where(r => r.IsTagged(SampleTags.Core)));

        Assert.Equal(["S-1 Exposed worker without exam is due", "S-2 Exam count", "S-3 Escalate due workers over 60"], repository.GetRules().Select(r => r.Name).Order());
    }

    [Fact]
    public void Load_RuleWithAttributes_ReadsNameDescriptionTagsPriorityRepeatability()
    {
        var repository = new RuleRepository();

        repository.Load(x => x.From(typeof(AttributedRule)));

        IRuleDefinition rule = Assert.Single(repository.GetRules());
        Assert.Equal("X-1 Attributed", rule.Name);
        Assert.Equal("Described", rule.Description);
        Assert.Equal(["a", "b"], rule.Tags);
        Assert.Equal(7, rule.Priority);
        Assert.Equal(RuleRepeatability.NonRepeatable, rule.Repeatability);
    }

    [Fact]
    public void Load_FromEnumerableWithNonRuleTypes_IgnoresNonRules()
    {
        var repository = new RuleRepository();

        repository.Load(x => x.From(new List<Type> { typeof(string), typeof(JoinRule) }).To("joins"));

        Assert.Equal("joins", Assert.Single(repository.GetRuleSets()).Name);
        Assert.Single(repository.GetRules());
    }

    [Fact]
    public void Load_WhereOnMetadata_SeesRuleType()
    {
        var repository = new RuleRepository();

        repository.Load(x => x.From(typeof(JoinRule), typeof(NotRule)).Where(m => m.RuleType == typeof(NotRule)));

        Assert.Equal(typeof(NotRule).FullName, Assert.Single(repository.GetRules()).Name);
    }

    [Fact]
    public void Compile_CustomActivator_IsUsed()
    {
        var repository = new RuleRepository { Activator = new FixedActivator() };

        repository.Load(x => x.From(typeof(NoDefaultConstructorRule)));

        Assert.Single(repository.GetRules());
    }

    private sealed class FixedActivator : IRuleActivator
    {
        public IEnumerable<Fluent.Dsl.Rule> Activate(Type type) => [new NoDefaultConstructorRule(1)];
    }
}

[Fluent.Dsl.Name("X-1 Attributed"), Fluent.Dsl.Description("Described"), Fluent.Dsl.Tag("a"), Fluent.Dsl.Tag("b"), Fluent.Dsl.Priority(7), Fluent.Dsl.Repeatability(RuleRepeatability.NonRepeatable)]
public sealed class AttributedRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.Halt());
    }
}
