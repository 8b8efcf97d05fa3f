using NRules;
using NRules.Diagnostics;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>NRules' session events: which, in what order, and what they carry, on both runtimes.</summary>
public sealed class EventTests
{
    [Theory, BothRuntimes]
    public void InsertAndFire_YieldingRule_RaisesNRulesEventsInNRulesOrder(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        List<string> log = Log(session.Events);

        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();

        Assert.Equal(
        [
            "inserting Employee", "inserting Exposure", "created Join", "inserted Employee", "inserted Exposure",
            "firing Join", "fired Join", "inserting Due", "inserted Due",
        ], log);
    }

    // A yielded fact's insert events do not come inside the firing: NRules queues linked facts and raises their events
    // after RuleFiredEvent (before the next RuleFiringEvent), and so do both runtimes.
    [Theory, BothRuntimes]
    public void Fire_YieldInsertsFact_FactInsertedComesAfterRuleFired(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1), new Employee("b", 30, "u"), new Exposure("b", "heat", 1)]);
        List<string> log = Log(session.Events);

        session.Fire();

        Assert.Equal(["firing Join", "fired Join", "inserting Due", "inserted Due", "firing Join", "fired Join", "inserting Due", "inserted Due"], log);
    }

    [Theory, BothRuntimes]
    public void Fire_ActionInsertsFactDirectly_FactInsertedComesBeforeRuleFired(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(HighPriorityRule));
        session.Insert(new Cutoff(2026));
        List<string> log = Log(session.Events);

        session.Fire();

        Assert.Equal(["firing High priority", "inserting Counter", "inserted Counter", "fired High priority"], log);
    }

    [Theory, BothRuntimes]
    public void Fire_RuleFiredEvent_CarriesMatchedFactsInDeclarationOrder(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        IReadOnlyList<IFactMatch>? facts = null;
        session.Events.RuleFiredEvent += (_, e) => facts = [.. e.Facts];
        var worker = new Employee("a", 30, "u");
        var exposure = new Exposure("a", "noise", 1);
        session.InsertAll([worker, exposure]);

        session.Fire();

        Assert.NotNull(facts);
        Assert.Equal([worker, (object)exposure], facts.Select(f => f.Value));
        Assert.Equal([typeof(Employee), typeof(Exposure)], facts.Select(f => f.Type));
        Assert.Equal(["worker", "exposure"], facts.Select(f => f.Declaration.Name));
        Assert.All(facts, f => Assert.Null(f.Source));
    }

    [Theory, BothRuntimes]
    public void Fire_KeptRuleFiringArgs_StillShowTheFactsOfThatFiringAfterLaterFirings(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
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
        Assert.Equal([a, (object)exposureA], kept[0].Facts.Select(f => f.Value));
        Assert.Equal([b, (object)exposureB], kept[1].Facts.Select(f => f.Value));
    }

    // An event's match is not a snapshot: NRules reads its facts from the match when asked, and an update replaces a
    // fact's object in place, so args kept from before the update show the new object.
    [Theory, BothRuntimes]
    public void Update_KeptArgs_ShowTheFactsCurrentObject(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldUpdateRule));
        var firing = new List<AgendaEventArgs>();
        var created = new List<AgendaEventArgs>();
        session.Events.RuleFiringEvent += (_, e) => firing.Add(e);
        session.Events.ActivationCreatedEvent += (_, e) => created.Add(e);
        var first = new IdentifiedEmployee("a", 1);
        session.Insert(first);
        session.Fire();
        Assert.Same(first, firing[0].Facts.Single().Value);

        var second = new IdentifiedEmployee("a", 2);
        session.Update(second);
        session.Fire();

        Assert.Same(second, created.Single().Facts.Single().Value);
        Assert.Equal(2, firing.Count);
        Assert.Same(second, firing[0].Facts.Single().Value);
        Assert.Same(firing[0].Match, firing[1].Match);
        Assert.Equal(MatchTrigger.Updated, firing[1].Match.Trigger);
    }

    [Theory, BothRuntimes]
    public void Fire_FactsReadTwice_ShowTheSameFacts(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        AgendaEventArgs? kept = null;
        session.Events.RuleFiredEvent += (_, e) => kept = e;
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);

        session.Fire();

        Assert.NotNull(kept);
        Assert.Equal(kept.Facts.Select(f => (f.Declaration, f.Value)), kept.Facts.Select(f => (f.Declaration, f.Value)));
        Assert.Equal(kept.Match.Facts.Select(f => (f.Declaration, f.Value)), kept.Facts.Select(f => (f.Declaration, f.Value)));
    }

    [Theory, BothRuntimes]
    public void Fire_FactThatIsItselfAFactMatch_IsReportedAsTheValue(Runtime runtime)
    {
        ISession first = Compiled.Session(runtime, typeof(JoinRule));
        IFactMatch? borrowed = null;
        first.Events.RuleFiringEvent += (_, e) => borrowed = e.Match.Facts.First();
        first.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        first.Fire();
        ISession session = Compiled.Session(runtime, typeof(FactMatchProbeRule));
        AgendaEventArgs? kept = null;
        session.Events.RuleFiringEvent += (_, e) => kept = e;
        session.Insert(borrowed!);

        session.Fire();

        IFactMatch fact = Assert.Single(kept!.Match.Facts);
        Assert.Same(borrowed, fact.Value);
        Assert.Equal(borrowed!.GetType(), fact.Type);
    }

    [Theory, BothRuntimes]
    public void Fire_WideMatch_ReportsEveryFactInDeclarationOrder(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(WideRule));
        AgendaEventArgs? kept = null;
        session.Events.RuleFiringEvent += (_, e) => kept = e;
        object[] facts = [new Employee("a", 30, "u"), new Exposure("a", "noise", 1), new Exam("a", 2025), new Cutoff(2020), new Counter("c", 1), new Escalation("a")];
        session.InsertAll(facts);

        session.Fire();

        Assert.NotNull(kept);
        Assert.Equal(facts, kept.Facts.Select(f => f.Value));
        Assert.Equal(facts.Select(f => f.GetType()), kept.Match.Facts.Select(f => f.Type));
        Assert.Equal(["worker", "exposure", "exam", "cutoff", "counter", "escalation"], kept.Match.Facts.Select(f => f.Declaration.Name));
    }

    [Theory, BothRuntimes]
    public void Fire_LinkedFact_CarriesItsSourceRuleAndFacts(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        IFact? inserted = null;
        session.Events.FactInsertedEvent += (_, e) => inserted = e.Fact;
        var worker = new Employee("a", 30, "u");
        var exposure = new Exposure("a", "noise", 1);
        session.InsertAll([worker, exposure]);

        session.Fire();

        var source = Assert.IsAssignableFrom<ILinkedFactSource>(inserted!.Source);
        Assert.Equal(FactSourceType.Linked, source.SourceType);
        Assert.Equal("Join", source.Rule.Name);
        Assert.Equal([worker, (object)exposure], source.Facts.Select(f => f.Value));
    }

    [Theory, BothRuntimes]
    public void Retract_FactWithYield_RaisesRetractedForTheFactThenItsLinkedFact(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        var retracted = new List<object?>();
        session.Events.FactRetractedEvent += (_, e) => retracted.Add(e.Fact.Value);
        var exposure = new Exposure("a", "noise", 1);
        session.InsertAll([new Employee("a", 30, "u"), exposure]);
        session.Fire();

        session.Retract(exposure);

        Assert.Equal([exposure, (object)new Due("a", "noise")], retracted);
    }

    [Theory, BothRuntimes]
    public void Update_Fact_RaisesUpdatingAndUpdatedWithTheNewObject(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        List<string> log = Log(session.Events);
        var updated = new List<object?>();
        session.Events.FactUpdatedEvent += (_, e) => updated.Add(e.Fact.Value);
        session.Insert(new IdentifiedEmployee("a", 1));
        log.Clear();

        session.Update(new IdentifiedEmployee("a", 2));

        Assert.Equal(["updating IdentifiedEmployee", "updated IdentifiedEmployee"], log);
        Assert.Equal([new IdentifiedEmployee("a", 2)], updated);
    }

    [Theory, BothRuntimes]
    public void Update_MatchedFact_RaisesActivationUpdated(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldUpdateRule));
        session.Insert(new IdentifiedEmployee("a", 1));
        session.Fire();
        List<string> log = Log(session.Events);

        session.Update(new IdentifiedEmployee("a", 2));
        session.Fire();

        string rule = typeof(YieldUpdateRule).FullName!;
        Assert.Equal(
        [
            "updating IdentifiedEmployee", $"updated {rule}", "updated IdentifiedEmployee",
            $"firing {rule}", $"fired {rule}", "updating Counter", "updated Counter",
        ], log);
    }

    [Theory, BothRuntimes]
    public void Insert_MatchCompletedAndRemoved_RaisesActivationCreatedThenDeleted(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotRule));
        var log = new List<string>();
        session.Events.ActivationCreatedEvent += (_, e) => log.Add("created " + e.Match.Trigger);
        session.Events.ActivationDeletedEvent += (_, e) => log.Add("deleted " + e.Match.Trigger);

        session.Insert(new Employee("a", 30, "u"));
        session.Insert(new Exam("a", 2025));

        // Deleted before it fired: NRules reports the match with no trigger.
        Assert.Equal(["created Created", "deleted None"], log);
    }

    [Theory, BothRuntimes]
    public void Fire_Context_ExposesRuleAndMatch(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ContextProbeRule));
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal([new Due("a", "Probe|worker|Created")], session.Query<Due>());
    }

    private static List<string> Log(IEventProvider events)
    {
        var log = new List<string>();
        events.FactInsertingEvent += (_, e) => log.Add("inserting " + e.Fact.Type.Name);
        events.FactInsertedEvent += (_, e) => log.Add("inserted " + e.Fact.Type.Name);
        events.FactUpdatingEvent += (_, e) => log.Add("updating " + e.Fact.Type.Name);
        events.FactUpdatedEvent += (_, e) => log.Add("updated " + e.Fact.Type.Name);
        events.FactRetractingEvent += (_, e) => log.Add("retracting " + e.Fact.Type.Name);
        events.FactRetractedEvent += (_, e) => log.Add("retracted " + e.Fact.Type.Name);
        events.ActivationCreatedEvent += (_, e) => log.Add("created " + e.Rule.Name);
        events.ActivationUpdatedEvent += (_, e) => log.Add("updated " + e.Rule.Name);
        events.ActivationDeletedEvent += (_, e) => log.Add("deleted " + e.Rule.Name);
        events.RuleFiringEvent += (_, e) => log.Add("firing " + e.Rule.Name);
        events.RuleFiredEvent += (_, e) => log.Add("fired " + e.Rule.Name);
        return log;
    }
}

[Name("Probe")]
public sealed class ContextProbeRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.Insert(new Due(worker.Id, ctx.Rule.Name + "|" + string.Join(",", ctx.Match.Facts.Select(f => f.Declaration.Name)) + "|" + ctx.Match.Trigger)));
    }
}

public sealed class FactMatchProbeRule : Rule
{
    public override void Define()
    {
        IFactMatch fact = default!;
        When().Match(() => fact);
        Then().Do(_ => GC.KeepAlive(fact));
    }
}

public sealed class WideRule : Rule
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
