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
