using NRules;
using NRules.Fluent.Dsl;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// Rules that open with the same patterns share those nodes, on the terms NRules' compiler shares them: a shared
/// condition is evaluated once per fact, and conditions that only look alike are never shared. Sharing changes the order
/// in which facts reach rules, so both runtimes must share the same nodes.
/// </summary>
public sealed class NodeSharingTests
{
    private static readonly object[] Facts =
    [
        new Employee("a", 50, "u"), new Employee("b", 30, "u"), new Employee("c", 61, "v"),
        new Exposure("a", "noise", 90), new Exposure("b", "noise", 95), new Exposure("c", "lead", 20), new Exam("b", 2025),
    ];

    [Theory, BothRuntimes]
    public void Insert_RulesOpeningWithTheSameCondition_EvaluateItOncePerFact(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));
        var evaluations = new List<string>();
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => evaluations.Add(e.Expression.ToString());

        session.Insert(new Exposure("a", "noise", 90));

        Assert.Single(evaluations, e => e.Contains(">= 85", StringComparison.Ordinal));
    }

    [Theory, BothRuntimes]
    public void Fire_SharedNodes_GiveEachRuleTheSameConclusionsAsAlone(Runtime runtime)
    {
        IReadOnlyList<Due> together = Run(runtime, typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));
        IReadOnlyList<Due> alone = [.. Run(runtime, typeof(SharedHighExposureRule)), .. Run(runtime, typeof(SharedHighExposureWithoutExamRule))];

        Assert.Equal(alone.Select(d => d.ToString()).Order(), together.Select(d => d.ToString()).Order());
        Assert.Equal(3, together.Count);
    }

    [Theory, BothRuntimes]
    public void Fire_SharedPrefix_EveryRuleReportsItsOwnDeclarations(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));
        var declarations = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => declarations.Add(string.Join(",", e.Facts.Select(f => f.Declaration.Name)));
        session.InsertAll([new Employee("a", 50, "u"), new Exposure("a", "noise", 90)]);

        session.Fire();

        Assert.Equal(["employee,loud", "worker,exposure"], declarations.Order());
    }

    [Theory, BothRuntimes]
    public void Retract_ThroughASharedNode_WithdrawsEveryRulesMatch(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(SharedHighExposureRule), typeof(SharedHighExposureWithoutExamRule));
        var exposure = new Exposure("a", "noise", 90);
        session.InsertAll([new Employee("a", 50, "u"), exposure]);
        session.Fire();
        Assert.Equal(2, session.Query<Due>().Count());

        session.Retract(exposure);

        Assert.Empty(session.Query<Due>());
    }

    [Theory]
    [InlineData(Runtime.NRules, typeof(AtLeast80Rule), typeof(AtLeast95Rule), 90, "80")] // the same condition over different captured values
    [InlineData(Runtime.Engine, typeof(AtLeast80Rule), typeof(AtLeast95Rule), 90, "80")]
    [InlineData(Runtime.NRules, typeof(LoudByFirstTestRule), typeof(LoudBySecondTestRule), 87, "first")] // same-looking calls to different methods
    [InlineData(Runtime.Engine, typeof(LoudByFirstTestRule), typeof(LoudBySecondTestRule), 87, "first")]
    public void Fire_ConditionsThatOnlyLookAlike_AreNotShared(Runtime runtime, Type first, Type second, int level, string expected)
    {
        ISession session = Compiled.Session(runtime, first, second);
        var evaluations = new List<string>();
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => evaluations.Add(e.Expression.ToString());
        session.Insert(new Exposure("a", "noise", level));

        session.Fire();

        Assert.Equal([new Due("a", expected)], session.Query<Due>());
        Assert.Equal(2, evaluations.Count);
    }

    [Theory, BothRuntimes]
    public void Fire_SameConditionOverEqualCapturedValues_IsShared(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(AtLeast80Rule), typeof(AlsoAtLeast80Rule));
        var evaluations = new List<string>();
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => evaluations.Add(e.Expression.ToString());
        session.Insert(new Exposure("a", "noise", 85));

        session.Fire();

        Assert.Single(evaluations);
        Assert.Equal(["80", "also 80"], session.Query<Due>().Select(d => d.Reason).Order());
    }

    [Theory, BothRuntimes]
    public void Insert_ThrowingSharedCondition_FailsOnceForBothRulesAndLeavesTheSessionUsable(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(FragileFirstRule), typeof(FragileSecondRule));
        var failures = new List<string>();
        session.Events.LhsExpressionFailedEvent += (_, e) => failures.Add(string.Join(",", e.Rules.Select(r => r.Name).Order()));

        var error = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Employee("a", 0, "u")));
        session.Insert(new Employee("b", 5, "u"));
        session.Fire();

        Assert.IsType<DivideByZeroException>(error.InnerException);
        Assert.Equal([$"{typeof(FragileFirstRule).FullName},{typeof(FragileSecondRule).FullName}"], failures);
        Assert.Equal(["first b", "second b"], session.Query<Due>().Select(d => d.Reason).Order());
    }

    [Theory, BothRuntimes]
    public void UpdateAndRetract_ThroughASharedNodeToTwoRulesAndALetHaving_KeepEveryRulesConclusionsRight(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(SeniorRule), typeof(SeniorTooRule), typeof(JustSeniorRule));
        int created = 0, deleted = 0;
        session.Events.ActivationCreatedEvent += (_, _) => created++;
        session.Events.ActivationDeletedEvent += (_, _) => deleted++;

        session.InsertAll([new IdentifiedEmployee("a", 62), new IdentifiedEmployee("b", 70), new IdentifiedEmployee("c", 40)]);
        session.Fire();
        Assert.Equal(["a senior", "a senior by 2", "a senior too", "b senior", "b senior too"], Conclusions(session));
        Assert.Equal(5, created);

        // Still matched by all three rules after the update: the activations are updated, not deleted and made again.
        session.Update(new IdentifiedEmployee("a", 63));
        session.Fire();
        Assert.Equal(["a senior", "a senior by 3", "a senior too", "b senior", "b senior too"], Conclusions(session));
        Assert.Equal((5, 0), (created, deleted));

        // Past the margin: the Let/Having rule's match goes, the other two stay.
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

    [Theory, BothRuntimes]
    public void Retract_FactOfAnOpeningPattern_WithdrawsItsMatchesThroughEveryRule(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule), typeof(JoinRule), typeof(BaseTypeRule));
        var worker = new Employee("a", 61, "u");
        session.InsertAll([worker, new Employee("b", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();
        Assert.Equal(4, session.Query<Due>().Count());

        session.Retract(worker);

        Assert.Equal([new Due("b", "person")], session.Query<Due>());
    }

    private static List<string> Conclusions(ISession session) =>
        [.. session.Query<Due>().Select(d => $"{d.WorkerId} {d.Reason}").Order(StringComparer.Ordinal)];

    private static List<Due> Run(Runtime runtime, params Type[] rules)
    {
        ISession session = Compiled.Session(runtime, rules);
        session.InsertAll(Facts);
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
        Exposure exposure = default!;
        int threshold = 80;
        When()
            .Match(() => exposure, e => e.Level >= threshold);
        Then()
            .Yield(_ => new Due(exposure.WorkerId, "80"));
    }
}

public sealed class AlsoAtLeast80Rule : Rule
{
    public override void Define()
    {
        Exposure exposure = default!;
        int threshold = 80;
        When()
            .Match(() => exposure, e => e.Level >= threshold);
        Then()
            .Yield(_ => new Due(exposure.WorkerId, "also 80"));
    }
}

public sealed class AtLeast95Rule : Rule
{
    public override void Define()
    {
        Exposure exposure = default!;
        int threshold = 95;
        When()
            .Match(() => exposure, e => e.Level >= threshold);
        Then()
            .Yield(_ => new Due(exposure.WorkerId, "95"));
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
        Exposure exposure = default!;
        When()
            .Match(() => exposure, e => FirstLoudnessTest.IsLoud(e));
        Then()
            .Yield(_ => new Due(exposure.WorkerId, "first"));
    }
}

public sealed class LoudBySecondTestRule : Rule
{
    public override void Define()
    {
        Exposure exposure = default!;
        When()
            .Match(() => exposure, e => SecondLoudnessTest.IsLoud(e));
        Then()
            .Yield(_ => new Due(exposure.WorkerId, "second"));
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
