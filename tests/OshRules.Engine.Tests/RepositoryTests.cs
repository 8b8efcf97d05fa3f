using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Rules loaded by NRules' repository, compiled on both runtimes.</summary>
public sealed class RepositoryTests
{
    [Theory, BothRuntimes]
    public void Load_FromAssemblyWhereTagged_CompilesAndRunsOnlyTaggedRules(Runtime runtime)
    {
        var repository = new RuleRepository();

        repository.Load(x => x.From(typeof(ExposedWithoutExamRule).Assembly).Where(r => r.IsTagged(SampleTags.Core)));
        ISession session = repository.Compile(runtime).CreateSession();
        List<string> fired = FiringLog.Attach(session);
        session.InsertAll([new Employee("a", 61, "u"), new Exposure("a", "noise", 2)]);
        session.Fire();

        string[] tagged = ["S-1 Exposed worker without exam is due", "S-2 Exam count", "S-3 Escalate due workers over 60"];
        Assert.Equal(tagged, repository.GetRules().Select(r => r.Name).Order());
        Assert.Equal(tagged, fired.Select(f => f[..f.IndexOf('(', StringComparison.Ordinal)]).Order());
    }

    [Theory, BothRuntimes]
    public void Load_RuleWithAttributes_RuntimeReportsNameDescriptionTagsPriorityRepeatability(Runtime runtime)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AttributedRule)));
        ISession session = repository.Compile(runtime).CreateSession();
        IRuleDefinition? fired = null;
        session.Events.RuleFiredEvent += (_, e) => fired = e.Rule;
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.NotNull(fired);
        Assert.Same(Assert.Single(repository.GetRules()), fired);
        Assert.Equal("X-1 Attributed", fired.Name);
        Assert.Equal("Described", fired.Description);
        Assert.Equal(["a", "b"], fired.Tags);
        Assert.Equal(7, fired.Priority);
        Assert.Equal(RuleRepeatability.NonRepeatable, fired.Repeatability);
    }

    [Theory, BothRuntimes]
    public void Load_FromEnumerableWithNonRuleTypesIntoNamedSets_CompilesEverySet(Runtime runtime)
    {
        var repository = new RuleRepository();

        repository.Load(x => x.From(new List<Type> { typeof(string), typeof(JoinRule) }).To("joins"));
        repository.Load(x => x.From(typeof(NotRule)).To("negations"));
        ISession session = repository.Compile(runtime).CreateSession();
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();

        Assert.Equal(["joins", "negations"], repository.GetRuleSets().Select(s => s.Name));
        Assert.Equal([new Due("a", "no exam"), new Due("a", "noise")], session.Query<Due>().OrderBy(d => d.Reason));
    }

    [Theory, BothRuntimes]
    public void Load_WhereOnMetadata_SeesRuleType(Runtime runtime)
    {
        var repository = new RuleRepository();

        repository.Load(x => x.From(typeof(JoinRule), typeof(NotRule)).Where(m => m.RuleType == typeof(NotRule)));
        ISession session = repository.Compile(runtime).CreateSession();
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();

        Assert.Equal("No exam", Assert.Single(repository.GetRules()).Name);
        Assert.Equal([new Due("a", "no exam")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Load_CustomActivator_IsUsedForRulesWithoutParameterlessConstructor(Runtime runtime)
    {
        var repository = new RuleRepository { Activator = new FixedActivator() };

        repository.Load(x => x.From(typeof(NoDefaultConstructorRule)));
        ISession session = repository.Compile(runtime).CreateSession();
        session.Insert(new Employee("a", 30, "u"));

        Assert.Single(repository.GetRules());
        Assert.Equal(1, session.Fire());
        Assert.Equal([new Counter("a", 1)], session.Query<Counter>());
    }

    [Theory, BothRuntimes]
    public void Compile_CancelledToken_KeepsTheRulesCompiledSoFar(Runtime runtime)
    {
        IRuleSet[] ruleSets = [.. Compiled.Repository(typeof(MatchAliasRule), typeof(BaseTypeRule)).GetRuleSets()];
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        ISessionFactory factory = runtime == Runtime.NRules
            ? new NRules.RuleCompiler().Compile(ruleSets, cancelled.Token)
            : new RuleCompiler().Compile(ruleSets, cancelled.Token);
        ISession session = factory.CreateSession();
        session.Insert(new Employee("a", 70, "u"));

        Assert.Equal(1, session.Fire());
    }

    [Theory, BothRuntimes]
    public void Compile_RuleDefinitions_CompilesEachRule(Runtime runtime)
    {
        IRuleDefinition[] rules = [.. Compiled.Repository(typeof(MatchAliasRule), typeof(BaseTypeRule)).GetRules()];

        ISessionFactory factory = runtime == Runtime.NRules ? new NRules.RuleCompiler().Compile(rules) : new RuleCompiler().Compile(rules);
        ISession session = factory.CreateSession();
        session.Insert(new Employee("a", 70, "u"));

        Assert.Equal(2, session.Fire());
    }

    private sealed class FixedActivator : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type) => [new NoDefaultConstructorRule(1)];
    }
}

[Name("X-1 Attributed"), Description("Described"), Tag("a"), Tag("b"), Priority(7), Repeatability(RuleRepeatability.NonRepeatable)]
public sealed class AttributedRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.Halt());
    }
}
