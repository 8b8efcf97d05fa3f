using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class SemanticsTests
{
    [Fact]
    public void Fire_RuleInsertsFactMatchedByAnotherRule_ChainsToFixedPoint()
    {
        var session = Compiled.Session(typeof(NotRule), typeof(ChainRule));
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u")]);

        int fired = session.Fire();

        Assert.Equal(4, fired);
        Assert.Equal(["a", "b"], session.Query<Escalation>().Select(e => e.WorkerId).Order());
    }

    [Fact]
    public void Fire_ChainedConclusionsWhenRootMatchGoes_RetractsWholeChain()
    {
        var session = Compiled.Session(typeof(NotRule), typeof(ChainRule));
        session.Insert(new Employee("a", 30, "u"));
        session.Fire();

        session.Insert(new Exam("a", 2026));

        Assert.Empty(session.Query<Due>());
        Assert.Empty(session.Query<Escalation>());
    }

    [Fact]
    public void Fire_DifferentPriorities_HigherPriorityFiresFirst()
    {
        var session = Compiled.Session(typeof(LowPriorityRule), typeof(HighPriorityRule));
        var order = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => order.Add(e.Rule.Name);
        session.Insert(new Cutoff(2026));

        session.Fire();

        Assert.Equal(["High priority", "Low priority"], order);
    }

    [Fact]
    public void Fire_SamePriority_MostRecentActivationFiresFirst()
    {
        var session = Compiled.Session(typeof(RepeatableCountRule));
        FiringLog.Entries.Clear();
        session.Insert(new Employee("first", 30, "u"));
        session.Insert(new Employee("second", 30, "u"));
        session.Insert(new Employee("third", 30, "u"));

        session.Fire();

        Assert.Equal(["Counts firings:third", "Counts firings:second", "Counts firings:first"], FiringLog.Entries);
    }

    [Fact]
    public void Fire_RepeatableRuleFactUpdated_FiresAgain()
    {
        var session = Compiled.Session(typeof(RepeatableCountRule));
        FiringLog.Entries.Clear();
        var worker = new Employee("a", 30, "u");
        session.Insert(worker);
        session.Fire();

        session.Update(worker);
        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(2, FiringLog.Entries.Count);
    }

    [Fact]
    public void Fire_NonRepeatableRuleFactUpdated_DoesNotFireAgain()
    {
        var session = Compiled.Session(typeof(NonRepeatableCountRule));
        FiringLog.Entries.Clear();
        var worker = new Employee("a", 30, "u");
        session.Insert(worker);
        session.Fire();

        session.Update(worker);
        int fired = session.Fire();

        Assert.Equal(0, fired);
        Assert.Equal(["Counts firings once:a"], FiringLog.Entries);
    }

    [Fact]
    public void Fire_NonRepeatableRuleFactRetractedAndReinserted_FiresAgain()
    {
        var session = Compiled.Session(typeof(NonRepeatableCountRule));
        FiringLog.Entries.Clear();
        var worker = new Employee("a", 30, "u");
        session.Insert(worker);
        session.Fire();

        session.Retract(worker);
        session.Insert(worker);
        int fired = session.Fire();

        Assert.Equal(1, fired);
    }

    [Fact]
    public void Fire_MaxRulesNumber_FiresAtMostThatMany()
    {
        var session = Compiled.Session(typeof(MatchAliasRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 61, "u"), new Employee("c", 62, "u")]);

        int first = session.Fire(2);
        int rest = session.Fire();

        Assert.Equal(2, first);
        Assert.Equal(1, rest);
    }

    [Fact]
    public void Fire_ActionHalts_StopsAfterThatRule()
    {
        var session = Compiled.Session(typeof(HaltRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 61, "u")]);

        int first = session.Fire();
        int second = session.Fire();

        Assert.Equal(1, first);
        Assert.Equal(1, second);
    }

    [Fact]
    public void Fire_NothingChanged_FiresNothing()
    {
        var session = Compiled.Session(typeof(JoinRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();

        int again = session.Fire();

        Assert.Equal(0, again);
    }

    [Fact]
    public void Update_FactNoLongerMatches_RetractsYield()
    {
        var session = Compiled.Session(typeof(YieldOnIdentifiedRule));
        var worker = new IdentifiedEmployee("a", 70);
        session.Insert(worker);
        session.Fire();

        session.Update(worker with { Age = 40 });
        session.Fire();

        Assert.Empty(session.Query<Due>());
        Assert.Equal([new IdentifiedEmployee("a", 40)], session.Query<IdentifiedEmployee>());
    }
}

public sealed class YieldOnIdentifiedRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When().Match(() => worker, w => w.Age >= 65);
        Then().Yield(ctx => new Due(worker.Id, "65+"));
    }
}

public sealed class MoreSemanticsTests
{
    [Fact]
    public void Fire_TwoMatchesYieldEqualFacts_ThrowsRhsExceptionNamingRule()
    {
        var session = TestModel.Compiled.Session(typeof(SameYieldRule));
        session.InsertAll([new TestModel.Exposure("a", "noise", 1), new TestModel.Exposure("a", "noise", 2)]);

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal(typeof(SameYieldRule).FullName, ex.RuleName);
        Assert.IsType<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Query_WithoutCollect_MatchesLikeAPattern()
    {
        var session = TestModel.Compiled.Session(typeof(QueryNoCollectRule));
        session.InsertAll([new TestModel.Employee("a", 30, "u"), new TestModel.Exam("a", 2019), new TestModel.Exam("a", 2024)]);

        session.Fire();

        Assert.Equal([new TestModel.Due("a", "2024")], session.Query<TestModel.Due>());
    }
}

public sealed class SameYieldRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        TestModel.Exposure exposure = default!;
        When().Match(() => exposure);
        Then().Yield(ctx => new TestModel.Due(exposure.WorkerId, exposure.Hazard));
    }
}

public sealed class QueryNoCollectRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        TestModel.Employee worker = default!;
        TestModel.Exam exam = default!;
        When()
            .Match(() => worker)
            .Query(() => exam, q => q.Match<TestModel.Exam>(e => e.WorkerId == worker.Id).Where(e => e.Year > 2020));
        Then().Yield(ctx => new TestModel.Due(worker.Id, exam.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
