using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class IndexingTests
{
    [Fact]
    public void Compile_EqualityBetweenNewFactAndEarlierAlias_IsHashIndexed()
    {
        var factory = (SessionFactory)Compiled.From(typeof(JoinRule), typeof(NotRule), typeof(CollectRule), typeof(ExistsRule));

        BetaNode[] second = [.. factory.Rules.Select(r => (BetaNode)r.Path[1])];

        Assert.All(second, n => Assert.NotNull(n.Index));
        Assert.All(second, n => Assert.Empty(n.Beta));
    }

    [Fact]
    public void Compile_EqualityAsLeadingConjunct_IndexesItAndKeepsTheRest()
    {
        var factory = (SessionFactory)Compiled.From(typeof(ExposedWithoutExamRule));

        var join = (BetaNode)factory.Rules[0].Path[1];

        Assert.NotNull(join.Index);
        Assert.Single(join.Alpha);
    }

    [Fact]
    public void Compile_ConditionOnlyOnNewFact_IsAlphaNotBeta()
    {
        var factory = (SessionFactory)Compiled.From(typeof(MatchAliasRule));

        var node = (BetaNode)factory.Rules[0].First;

        Assert.Single(node.Alpha);
        Assert.Empty(node.Beta);
        Assert.Null(node.Index);
    }

    [Fact]
    public void Compile_HavingCondition_BecomesFilterAfterIndexedJoin()
    {
        var factory = (SessionFactory)Compiled.From(typeof(HavingRule));

        var join = (BetaNode)factory.Rules[0].First.Next;

        Assert.NotNull(join.Index);
        Assert.IsType<FilterNode>(join.Next);
    }

    [Fact]
    public void Compile_NonEqualityJoin_IsNotIndexedButStillJoins()
    {
        var factory = (SessionFactory)Compiled.From(typeof(GreaterThanJoinRule));
        var join = (BetaNode)factory.Rules[0].First.Next;
        ISession session = factory.CreateSession();
        session.InsertAll([new Employee("a", 3, "u"), new Exposure("x", "noise", 4), new Exposure("y", "heat", 2)]);

        session.Fire();

        Assert.Null(join.Index);
        Assert.Single(join.Beta);
        Assert.Equal([new Due("a", "noise")], session.Query<Due>());
    }

    [Fact]
    public void Insert_FactTouchingOneRule_AllocatesOnlyThatNodesMemory()
    {
        var session = (Session)Compiled.Session(typeof(JoinRule), typeof(NotRule), typeof(CollectRule), typeof(ExistsRule));

        session.Insert(new Exam("a", 2025));

        Assert.Equal(2, session.AllocatedMemories);
    }

    [Fact]
    public void Compile_OpeningPatternOnItsFactAlone_IsARootKeepingNoMemory()
    {
        var factory = (SessionFactory)Compiled.From(typeof(MatchAliasRule), typeof(BaseTypeRule), typeof(JoinRule));
        var session = (Session)factory.CreateSession();

        session.Insert(new Contractor("c"));
        session.Insert(new Employee("a", 61, "u"));

        Assert.All(factory.Rules, r => Assert.True(((JoinNode)r.First).IsRoot));
        Assert.False(((JoinNode)factory.Rules[2].Path[1]).IsRoot);

        // Only the join of the second pattern (exposures) keeps a memory: the employee entered it as a partial match.
        Assert.Equal(1, session.AllocatedMemories);
    }

    [Fact]
    public void OpeningQueryWithoutCollect_IsARootAndRetractsThroughIt()
    {
        var factory = (SessionFactory)Compiled.From(typeof(OpeningQueryRule));
        var session = (Session)factory.CreateSession();
        var loud = new Exposure("a", "noise", 3);
        session.InsertAll([loud, new Exposure("b", "dust", 1)]);
        session.Fire();
        Assert.Equal([new Due("a", "noise")], session.Query<Due>());

        session.Retract(loud);

        Assert.True(((JoinNode)factory.Rules[0].First).IsRoot);
        Assert.Equal(0, session.AllocatedMemories);
        Assert.Empty(session.Query<Due>());
    }

    [Fact]
    public void Retract_FactOfAnOpeningPattern_WithdrawsItsMatchesThroughEveryRule()
    {
        var session = Compiled.Session(typeof(MatchAliasRule), typeof(JoinRule), typeof(BaseTypeRule));
        var worker = new Employee("a", 61, "u");
        session.InsertAll([worker, new Employee("b", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();
        Assert.Equal(4, session.Query<Due>().Count());

        session.Retract(worker);

        // The retraction goes through the root tokens of all three rules and takes their yielded facts with it.
        Assert.Equal([new Due("b", "person")], session.Query<Due>());
    }

    [Fact]
    public void Session_ManyWorkers_JoinsInLinearTime()
    {
        // 20,000 workers × 20,000 exposures would be 4·10^8 condition evaluations by nested loops; hashed it is instant.
        var session = Compiled.Session(typeof(JoinRule));
        var facts = new List<object>();
        for (int i = 0; i < 20_000; i++)
        {
            facts.Add(new Employee("w" + i, 30, "u"));
            facts.Add(new Exposure("w" + i, "noise", 1));
        }

        session.InsertAll(facts);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int fired = session.Fire();

        Assert.Equal(20_000, fired);
        Assert.Equal(20_000, session.Query<Due>().Count());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}

public sealed class GreaterThanJoinRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.Level > worker.Age);
        Then().Yield(ctx => new Due(worker.Id, exposure.Hazard));
    }
}

public sealed class OpeningQueryRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        Exposure exposure = default!;
        When().Query(() => exposure, q => q.Match<Exposure>(e => e.Level > 1));
        Then().Yield(ctx => new Due(exposure.WorkerId, exposure.Hazard));
    }
}
