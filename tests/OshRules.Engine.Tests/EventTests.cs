using OshRules.Engine.Diagnostics;
using OshRules.Engine.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class EventTests
{
    [Fact]
    public void Fire_YieldInsertsFact_FactInsertedComesAfterRuleFiringOfThatRule()
    {
        var session = Compiled.Session(typeof(JoinRule));
        var log = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => log.Add("firing " + e.Rule.Name);
        session.Events.RuleFiredEvent += (_, e) => log.Add("fired " + e.Rule.Name);
        session.Events.FactInsertedEvent += (_, e) => log.Add("inserted " + e.Fact.Type.Name);
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        log.Clear();

        session.Fire();

        string name = typeof(JoinRule).FullName!;
        Assert.Equal(["firing " + name, "inserted Due", "fired " + name], log);
    }

    [Fact]
    public void Fire_RuleFiredEvent_CarriesMatchedFactsInDeclarationOrder()
    {
        var session = Compiled.Session(typeof(JoinRule));
        IReadOnlyList<IFact>? facts = null;
        session.Events.RuleFiredEvent += (_, e) => facts = [.. e.Facts];
        var worker = new Employee("a", 30, "u");
        var exposure = new Exposure("a", "noise", 1);
        session.InsertAll([worker, exposure]);

        session.Fire();

        Assert.NotNull(facts);
        Assert.Equal([worker, (object)exposure], facts.Select(f => f.Value));
        Assert.Equal([typeof(Employee), typeof(Exposure)], facts.Select(f => f.Type));
    }

    [Fact]
    public void Fire_KeptRuleFiringArgs_StillShowTheFactsOfThatFiringAfterLaterFirings()
    {
        var session = Compiled.Session(typeof(JoinRule));
        var kept = new List<AgendaEventArgs>();
        session.Events.RuleFiringEvent += (_, e) => kept.Add(e);
        var a = new Employee("a", 30, "u");
        var b = new Employee("b", 40, "u");
        var exposureA = new Exposure("a", "noise", 1);
        var exposureB = new Exposure("b", "dust", 2);
        session.InsertAll([a, b, exposureA, exposureB]);

        session.Fire();

        // The facts are read only now, after both firings: each args still shows its own match.
        Assert.Equal(2, kept.Count);
        var matches = kept.Select(e => e.Facts.Select(f => f.Value).ToArray()).ToList();
        Assert.Contains([a, (object)exposureA], matches);
        Assert.Contains([b, (object)exposureB], matches);
        Assert.All(kept, e => Assert.Equal(e.Facts.Select(f => f.Value), e.Match.Facts.Select(f => f.Value)));
    }

    [Fact]
    public void Update_KeptArgs_StillShowTheValueOfTheirMoment()
    {
        var session = Compiled.Session(typeof(YieldUpdateRule));
        var firing = new List<AgendaEventArgs>();
        var created = new List<AgendaEventArgs>();
        session.Events.RuleFiringEvent += (_, e) => firing.Add(e);
        session.Events.ActivationCreatedEvent += (_, e) => created.Add(e);
        var first = new IdentifiedEmployee("a", 1);
        session.Insert(first);
        session.Fire();

        // Same identity, new value: the fact handle and the activation's token now hold the new one.
        var second = new IdentifiedEmployee("a", 2);
        session.Update(second);
        session.Fire();

        Assert.Equal([first], created.Single().Facts.Select(f => f.Value));
        Assert.Equal(2, firing.Count);
        Assert.Equal([first], firing[0].Facts.Select(f => f.Value));
        Assert.Equal([second], firing[1].Facts.Select(f => f.Value));
        Assert.Equal([typeof(IdentifiedEmployee)], firing[0].Match.Facts.Select(f => f.Type));
        Assert.Equal(["worker"], firing[0].Match.Facts.Select(f => f.Declaration.Name));
    }

    [Fact]
    public void Fire_FactsReadTwice_AreTheSameFacts()
    {
        var session = Compiled.Session(typeof(JoinRule));
        AgendaEventArgs? kept = null;
        session.Events.RuleFiredEvent += (_, e) => kept = e;
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);

        session.Fire();

        Assert.NotNull(kept);
        Assert.Equal(kept.Facts, kept.Facts);
        Assert.Equal(kept.Match.Facts, kept.Facts);
    }

    [Fact]
    public void Fire_FactThatIsItselfAFactMatch_IsReportedAsTheValue()
    {
        var first = Compiled.Session(typeof(JoinRule));
        IFactMatch? borrowed = null;
        first.Events.RuleFiringEvent += (_, e) => borrowed = e.Match.Facts.First();
        first.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        first.Fire();
        var session = Compiled.Session(typeof(FactMatchProbeRule));
        AgendaEventArgs? kept = null;
        session.Events.RuleFiringEvent += (_, e) => kept = e;
        session.Insert(borrowed!);

        session.Fire();

        var fact = Assert.Single(kept!.Match.Facts);
        Assert.Same(borrowed, fact.Value);
        Assert.Equal(borrowed!.GetType(), fact.Type);
    }

    [Fact]
    public void Fire_WideMatch_ReportsEveryFactInDeclarationOrder()
    {
        var session = Compiled.Session(typeof(WideRule));
        AgendaEventArgs? kept = null;
        session.Events.RuleFiringEvent += (_, e) => kept = e;
        object[] facts = [new Employee("a", 30, "u"), new Exposure("a", "noise", 1), new Exam("a", 2025), new Cutoff(2020), new Counter("c", 1), new Escalation("a")];
        session.InsertAll(facts);

        session.Fire();

        Assert.NotNull(kept);
        Assert.Equal(facts, kept.Facts.Select(f => f.Value));
        Assert.Equal(facts.Select(f => f.GetType()), kept.Match.Facts.Select(f => f.Type));
        Assert.Equal(["worker", "exposure", "exam", "cutoff", "counter", "escalation"], kept.Match.Facts.Select(f => f.Declaration.Name));
        var list = Assert.IsAssignableFrom<IReadOnlyList<IFactMatch>>(kept.Match.Facts);
        Assert.Same(list[5], list[5]);
        Assert.Same(facts[5], list[5].Value);
    }

    [Fact]
    public void Retract_FactWithYield_RaisesRetractedForBothFacts()
    {
        var session = Compiled.Session(typeof(JoinRule));
        var retracted = new List<object?>();
        session.Events.FactRetractedEvent += (_, e) => retracted.Add(e.Fact.Value);
        var exposure = new Exposure("a", "noise", 1);
        session.InsertAll([new Employee("a", 30, "u"), exposure]);
        session.Fire();

        session.Retract(exposure);

        Assert.Equal([exposure, (object)new Due("a", "noise")], retracted);
    }

    [Fact]
    public void Update_Fact_RaisesFactUpdated()
    {
        var session = Compiled.Session(typeof(JoinRule));
        var updated = new List<object?>();
        session.Events.FactUpdatedEvent += (_, e) => updated.Add(e.Fact.Value);
        session.Insert(new IdentifiedEmployee("a", 1));

        session.Update(new IdentifiedEmployee("a", 2));

        Assert.Equal([new IdentifiedEmployee("a", 2)], updated);
    }

    [Fact]
    public void Insert_MatchCompletedAndRemoved_RaisesActivationCreatedThenDeleted()
    {
        var session = Compiled.Session(typeof(NotRule));
        var log = new List<string>();
        session.Events.ActivationCreatedEvent += (_, e) => log.Add("created");
        session.Events.ActivationDeletedEvent += (_, e) => log.Add("deleted");

        session.Insert(new Employee("a", 30, "u"));
        session.Insert(new Exam("a", 2025));

        Assert.Equal(["created", "deleted"], log);
    }

    [Fact]
    public void Fire_Context_ExposesRuleAndMatch()
    {
        var session = Compiled.Session(typeof(ContextProbeRule));
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal([new Due("a", "Probe|worker")], session.Query<Due>());
    }
}

[Fluent.Dsl.Name("Probe")]
public sealed class ContextProbeRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.Insert(new Due(worker.Id, ctx.Rule.Name + "|" + string.Join(",", ctx.Match.Facts.Select(f => f.Declaration.Name)))));
    }
}

public sealed class FactMatchProbeRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        IFactMatch fact = default!;
        When().Match(() => fact);
        Then().Do(_ => GC.KeepAlive(fact));
    }
}

public sealed class WideRule : Fluent.Dsl.Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        Exam exam = default!;
        Cutoff cutoff = default!;
        Counter counter = default!;
        Escalation escalation = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id)
            .Match(() => exam, e => e.WorkerId == worker.Id)
            .Match(() => cutoff)
            .Match(() => counter)
            .Match(() => escalation, e => e.WorkerId == worker.Id);
        Then().Do(_ => GC.KeepAlive(counter));
    }
}
