using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Rules that open with the same patterns share those nodes; anything that might differ is never shared.</summary>
public sealed class NodeSharingTests
{
    [Fact]
    public void Compile_RulesOpeningWithTheSamePatterns_ShareThoseNodesOnly()
    {
        var factory = (SessionFactory)Compiled.From(typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));
        Node[] first = factory.Rules[0].Path, second = factory.Rules[1].Path;

        Assert.Same(first[0], second[0]);
        Assert.Same(first[1], second[1]);
        Assert.NotSame(first[^1], second[^1]);
        Assert.IsType<FanOutNode>(first[1].Next);
        Assert.Single(factory.RightNodesFor(typeof(Employee)));
        Assert.Single(factory.RightNodesFor(typeof(Exposure)));
    }

    [Fact]
    public void Session_SharedNodes_GiveEachRuleTheSameConclusionsAsAlone()
    {
        object[] facts =
        [
            new Employee("a", 50, "u"), new Employee("b", 30, "u"), new Employee("c", 61, "v"),
            new Exposure("a", "noise", 90), new Exposure("b", "noise", 95), new Exposure("c", "lead", 20), new Exam("b", 2025),
        ];

        IReadOnlyList<Due> together = Run(facts, typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));
        IReadOnlyList<Due> alone = [.. Run(facts, typeof(SharedHighExposureRule)), .. Run(facts, typeof(SharedHighExposureWithoutExamRule))];

        Assert.Equal(alone.Select(d => d.ToString()).Order(), together.Select(d => d.ToString()).Order());
        Assert.Equal(3, together.Count);
    }

    [Fact]
    public void Session_RetractThroughASharedNode_WithdrawsEveryRulesMatch()
    {
        ISession session = Compiled.Session(typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));
        var exposure = new Exposure("a", "noise", 90);
        session.InsertAll([new Employee("a", 50, "u"), exposure]);
        session.Fire();
        Assert.Equal(2, session.Query<Due>().Count());

        session.Retract(exposure);

        Assert.Empty(session.Query<Due>());
    }

    [Theory]
    [InlineData(typeof(AtLeast80Rule), typeof(AtLeast95Rule), 90, "80")] // the same condition over different captured values
    [InlineData(typeof(LoudByFirstTestRule), typeof(LoudBySecondTestRule), 87, "first")] // same-looking calls to different methods
    public void Compile_ConditionsThatOnlyLookAlike_AreNotShared(Type first, Type second, int level, string expected)
    {
        var factory = (SessionFactory)Compiled.From(first, second);
        ISession session = factory.CreateSession();
        session.InsertAll([new Employee("a", 50, "u"), new Exposure("a", "noise", level)]);

        session.Fire();

        Assert.Same(factory.Rules[0].Path[0], factory.Rules[1].Path[0]);
        Assert.NotSame(factory.Rules[0].Path[1], factory.Rules[1].Path[1]);
        Assert.Equal([new Due("a", expected)], session.Query<Due>());
    }

    [Fact]
    public void Compile_SharedPrefix_EveryRuleKeepsItsOwnDeclarationsAndWidth()
    {
        var factory = (SessionFactory)Compiled.From(typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));

        Assert.Equal(2, factory.Rules[0].Width);
        Assert.Equal(2, factory.Rules[1].Width);

        // A partial match is as wide as the slots bound so far: the shared first node builds one slot, the second two.
        foreach (RuleNetwork rule in factory.Rules)
        {
            Assert.Equal(1, rule.Path[0].Width);
            Assert.Equal(2, rule.Path[1].Width);
            Assert.Equal(rule.Width, rule.Path[^1].Width);
        }
    }

    [Fact]
    public void Insert_ThrowingSharedCondition_FailsOnceNamingTheFirstRuleAndLeavesTheSessionUsable()
    {
        var factory = (SessionFactory)Compiled.From(typeof(FragileFirstRule), typeof(FragileSecondRule));
        ISession session = factory.CreateSession();
        Assert.Same(factory.Rules[0].Path[0], factory.Rules[1].Path[0]);

        var error = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Employee("a", 0, "u")));
        session.Insert(new Employee("b", 5, "u"));
        session.Fire();

        Assert.Equal(typeof(FragileFirstRule).FullName, error.RuleName);
        Assert.IsType<DivideByZeroException>(error.InnerException);
        Assert.Equal(["first b", "second b"], session.Query<Due>().Select(d => d.Reason).Order());
    }

    private static List<Due> Run(object[] facts, params Type[] rules)
    {
        ISession session = Compiled.Session(rules);
        session.InsertAll(facts);
        session.Fire();
        return [.. session.Query<Due>()];
    }
}

public sealed class SharedHighExposureRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id, e => e.Level >= 85);
        Then()
            .Yield(_ => new Due(worker.Id, "high " + exposure.Hazard));
    }
}

public sealed class SharedHighExposureWithoutExamRule : Rule
{
    public override void Define()
    {
        Employee employee = default!;
        Exposure loud = default!;
        When()
            .Match(() => employee)
            .Match(() => loud, x => x.WorkerId == employee.Id, x => x.Level >= 85)
            .Not<Exam>(x => x.WorkerId == employee.Id);
        Then()
            .Yield(_ => new Due(employee.Id, "no exam"));
    }
}

public sealed class AtLeast80Rule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        int threshold = 80;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id && e.Level >= threshold);
        Then()
            .Yield(_ => new Due(worker.Id, "80"));
    }
}

public sealed class AtLeast95Rule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        int threshold = 95;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id && e.Level >= threshold);
        Then()
            .Yield(_ => new Due(worker.Id, "95"));
    }
}

internal static class FirstLoudnessTest
{
    public static bool IsLoud(Exposure e) => e.Level >= 85;
}

internal static class SecondLoudnessTest
{
    public static bool IsLoud(Exposure e) => e.Level >= 90;
}

public sealed class LoudByFirstTestRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id && FirstLoudnessTest.IsLoud(e));
        Then()
            .Yield(_ => new Due(worker.Id, "first"));
    }
}

public sealed class LoudBySecondTestRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id && SecondLoudnessTest.IsLoud(e));
        Then()
            .Yield(_ => new Due(worker.Id, "second"));
    }
}

public sealed class FragileFirstRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When()
            .Match(() => worker, w => 100 / w.Age > 1);
        Then()
            .Yield(_ => new Due(worker.Id, "first " + worker.Id));
    }
}

public sealed class FragileSecondRule : Rule
{
    public override void Define()
    {
        Employee employee = default!;
        When()
            .Match(() => employee, e => 100 / e.Age > 1);
        Then()
            .Yield(_ => new Due(employee.Id, "second " + employee.Id));
    }
}

/// <summary>Two rules with the same opening pattern ending there, and a third going on through Let and Having.</summary>
public sealed class SeniorRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When()
            .Match(() => worker, w => w.Age > 60);
        Then()
            .Yield(_ => new Due(worker.Id, "senior"));
    }
}

public sealed class SeniorTooRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When()
            .Match(() => worker, w => w.Age > 60);
        Then()
            .Yield(_ => new Due(worker.Id, "senior too"));
    }
}

public sealed class JustSeniorRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        int margin = 0;
        When()
            .Match(() => worker, w => w.Age > 60)
            .Let(() => margin, () => worker.Age - 60)
            .Having(() => margin < 5);
        Then()
            .Yield(_ => new Due(worker.Id, "senior by " + margin));
    }
}

public sealed class FanOutTests
{
    [Fact]
    public void UpdateAndRetract_ThroughAFanOutToTwoTerminalsAndAFilter_KeepEveryRulesConclusionsRight()
    {
        var factory = (SessionFactory)Compiled.From(typeof(SeniorRule), typeof(SeniorTooRule), typeof(JustSeniorRule));
        ISession session = factory.CreateSession();
        int created = 0, deleted = 0;
        session.Events.ActivationCreatedEvent += (_, _) => created++;
        session.Events.ActivationDeletedEvent += (_, _) => deleted++;
        Assert.Same(factory.Rules[0].Path[0], factory.Rules[1].Path[0]);
        Assert.IsType<FanOutNode>(factory.Rules[0].Path[0].Next);

        session.InsertAll([new IdentifiedEmployee("a", 62), new IdentifiedEmployee("b", 70), new IdentifiedEmployee("c", 40)]);
        session.Fire();
        Assert.Equal(["a senior", "a senior by 2", "a senior too", "b senior", "b senior too"], Conclusions(session));
        Assert.Equal(5, created);

        // Still matched by all three rules after the update: the activations are updated, not deleted and made again.
        session.Update(new IdentifiedEmployee("a", 63));
        session.Fire();
        Assert.Equal(["a senior", "a senior by 3", "a senior too", "b senior", "b senior too"], Conclusions(session));
        Assert.Equal((5, 0), (created, deleted));

        // Past the margin: the filtered rule's match goes, the other two stay.
        session.Update(new IdentifiedEmployee("a", 66));
        session.Fire();
        Assert.Equal(["a senior", "a senior too", "b senior", "b senior too"], Conclusions(session));
        Assert.Equal((5, 1), (created, deleted));

        session.Retract(new IdentifiedEmployee("b", 0));
        session.Update(new IdentifiedEmployee("c", 64));
        session.Fire();
        Assert.Equal(["a senior", "a senior too", "c senior", "c senior by 4", "c senior too"], Conclusions(session));
        Assert.Equal((8, 3), (created, deleted));
    }

    private static List<string> Conclusions(ISession session) =>
        [.. session.Query<Due>().Select(d => $"{d.WorkerId} {d.Reason}").Order(StringComparer.Ordinal)];
}
