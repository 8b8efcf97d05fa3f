using NRules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Action triggers (<c>Action(…, ActionTrigger)</c>, <c>Do</c>, <c>Undo</c>), on both runtimes.</summary>
public sealed class TriggerTests
{
    [Theory, BothRuntimes]
    public void Fire_InsertUpdateRetract_RunsTheActionOfEachTrigger(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(EveryTriggerRule));
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Match.Trigger.ToString());
        var worker = new IdentifiedEmployee("a", 30);

        session.Insert(worker);
        int onInsert = session.Fire();
        session.Update(worker with { Age = 31 });
        int onUpdate = session.Fire();
        session.Retract(worker);
        int onRetract = session.Fire();

        Assert.Equal((1, 1, 1), (onInsert, onUpdate, onRetract));
        Assert.Equal(["Created", "Updated", "Removed"], fired);
        Assert.Equal(["activated 30", "deactivated 31", "reactivated 31"], session.Query<Counter>().AsEnumerable().Select(c => $"{c.Name} {c.Value}").Order(StringComparer.Ordinal));
    }

    [Theory, BothRuntimes]
    public void Fire_RuleWithOnlyAnActivatedAction_DoesNotFireOnUpdate(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(OnlyActivatedRule));
        var worker = new IdentifiedEmployee("a", 30);
        session.Insert(worker);
        session.Fire();

        session.Update(worker with { Age = 31 });
        int onUpdate = session.Fire();
        session.Retract(worker);
        int onRetract = session.Fire();

        Assert.Equal((0, 0), (onUpdate, onRetract));
        Assert.Equal([new Counter("activated", 30)], session.Query<Counter>());
    }

    [Theory, BothRuntimes]
    public void Fire_MatchRemovedBeforeItFired_RunsNoUndo(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(EveryTriggerRule));
        var worker = new IdentifiedEmployee("a", 30);

        session.Insert(worker);
        session.Retract(worker);
        int fired = session.Fire();

        Assert.Equal(0, fired);
        Assert.Empty(session.Query<Counter>());
    }

    [Theory, BothRuntimes]
    public void Fire_NonRepeatableRuleUpdatedThenRetracted_SkipsTheUpdateButRunsTheUndo(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NonRepeatableUndoRule));
        var worker = new IdentifiedEmployee("a", 30);
        session.Insert(worker);
        session.Fire();

        session.Update(worker with { Age = 31 });
        int onUpdate = session.Fire();
        session.Retract(worker);
        int onRetract = session.Fire();

        Assert.Equal((0, 1), (onUpdate, onRetract));
        Assert.Equal(["activated 30", "deactivated 31"], session.Query<Counter>().AsEnumerable().Select(c => $"{c.Name} {c.Value}").Order(StringComparer.Ordinal));
    }

    [Theory, BothRuntimes]
    public void Fire_UndoOfARuleThatYields_RunsAfterTheYieldedFactIsGone(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldAndUndoRule));
        var worker = new IdentifiedEmployee("a", 30);
        session.Insert(worker);
        session.Fire();
        bool yielded = session.Query<Due>().Any();

        session.Retract(worker);
        bool yieldedAfterRetract = session.Query<Due>().Any();
        session.Fire();

        Assert.True(yielded);
        Assert.False(yieldedAfterRetract);
        Assert.Equal([new Counter("links at undo", 0)], session.Query<Counter>());
    }
}

public sealed class EveryTriggerRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When().Match(() => worker);
        Then()
            .Action(ctx => ctx.Insert(new Counter("activated", worker.Age)), ActionTrigger.Activated)
            .Action(ctx => ctx.Insert(new Counter("reactivated", worker.Age)), ActionTrigger.Reactivated)
            .Undo(ctx => ctx.Insert(new Counter("deactivated", worker.Age)));
    }
}

public sealed class OnlyActivatedRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When().Match(() => worker);
        Then().Action(ctx => ctx.Insert(new Counter("activated", worker.Age)), ActionTrigger.Activated);
    }
}

[Repeatability(RuleRepeatability.NonRepeatable)]
public sealed class NonRepeatableUndoRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When().Match(() => worker);
        Then()
            .Do(ctx => ctx.Insert(new Counter("activated", worker.Age)))
            .Undo(ctx => ctx.Insert(new Counter("deactivated", worker.Age)));
    }
}

public sealed class YieldAndUndoRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When().Match(() => worker);
        Then()
            .Yield(ctx => new Due(worker.Id, "yielded"))
            .Undo(ctx => ctx.Insert(new Counter("links at undo", ctx.GetLinkedKeys().Count)));
    }
}
