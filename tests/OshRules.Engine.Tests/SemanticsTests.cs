using NRules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Forward chaining, conflict resolution, repeatability and truth maintenance, on both runtimes.</summary>
public sealed class SemanticsTests
{
    /// <summary>
    /// A linked fact keeps the type it was made with when an update links an object of another type, as NRules' facts
    /// keep theirs (the fact's type is what the network routes it by).
    /// </summary>
    [Theory, BothRuntimes]
    public void Fire_LinkedFactUpdatedToAnObjectOfAnotherType_KeepsItsFirstType(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldPersonRule));
        var updated = new List<(Type Type, object? Value)>();
        session.Events.FactUpdatedEvent += (_, e) => updated.Add((e.Fact.Type, e.Fact.Value));
        session.Insert(new Cutoff(2000));
        session.Fire();

        session.Update(new Cutoff(2000));
        session.Fire();

        (Type type, object? value) = Assert.Single(updated, u => u.Value is Person);
        Assert.Equal(typeof(Contractor), type);
        Assert.IsType<Employee>(value);
    }

    [Theory, BothRuntimes]
    public void Fire_RuleInsertsFactMatchedByAnotherRule_ChainsToFixedPoint(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotRule), typeof(ChainRule));
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u")]);

        int fired = session.Fire();

        Assert.Equal(4, fired);
        Assert.Equal(["a", "b"], session.Query<Escalation>().Select(e => e.WorkerId).Order());
    }

    [Theory, BothRuntimes]
    public void Insert_ChainedConclusionsWhenRootMatchGoes_RetractsWholeChain(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotRule), typeof(ChainRule));
        session.Insert(new Employee("a", 30, "u"));
        session.Fire();

        session.Insert(new Exam("a", 2026));

        Assert.Empty(session.Query<Due>());
        Assert.Empty(session.Query<Escalation>());
    }

    [Theory, BothRuntimes]
    public void Fire_DifferentPriorities_HigherPriorityFiresFirst(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LowPriorityRule), typeof(HighPriorityRule));
        var order = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => order.Add(e.Rule.Name);
        session.Insert(new Cutoff(2026));

        session.Fire();

        Assert.Equal(["High priority", "Low priority"], order);
    }

    // NRules fires activations of equal priority in the order they were queued (not the most recent first), and so do
    // both runtimes.
    [Theory, BothRuntimes]
    public void Fire_SamePriority_FirstQueuedActivationFiresFirst(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(RepeatableCountRule));
        List<string> order = FiredWorkers(session);
        session.Insert(new Employee("first", 30, "u"));
        session.Insert(new Employee("second", 30, "u"));
        session.Insert(new Employee("third", 30, "u"));

        session.Fire();

        Assert.Equal(["first", "second", "third"], order);
    }

    [Theory, BothRuntimes]
    public void Fire_ActivationUpdatedWhileQueued_KeepsItsPlace(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(RepeatableCountRule));
        List<string> order = FiredWorkers(session);
        var first = new Employee("first", 30, "u");
        session.Insert(first);
        session.Insert(new Employee("second", 30, "u"));

        session.Update(first);
        session.Fire();

        Assert.Equal(["first", "second"], order);
    }

    [Theory, BothRuntimes]
    public void Fire_ActivationUpdatedAfterFiring_IsQueuedBehindTheWaitingOnes(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(RepeatableCountRule));
        List<string> order = FiredWorkers(session);
        var first = new Employee("first", 30, "u");
        session.Insert(first);
        session.Fire();
        session.Insert(new Employee("second", 30, "u"));

        session.Update(first);
        session.Fire();

        Assert.Equal(["first", "second", "first"], order);
    }

    // Lazy deletion (NRules' activation queue): an activation removed after firing is queued again to run its Undo
    // action; if its entry from an update is still queued, it fires from that entry's place, ahead of activations
    // queued after the update.
    [Theory, BothRuntimes]
    public void Fire_FiredActivationUpdatedThenRemoved_RunsItsUndoFromTheUpdatesPlace(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(UndoableRule));
        var order = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => order.Add($"{((Employee)e.Facts.Single().Value!).Id} {e.Match.Trigger}");
        var first = new Employee("first", 30, "u");
        session.Insert(first);
        session.Fire();
        order.Clear();

        session.Update(first);
        session.Insert(new Employee("second", 30, "u"));
        session.Retract(first);
        session.Fire();

        Assert.Equal(["first Removed", "second Created"], order);
    }

    [Theory, BothRuntimes]
    public void Fire_RepeatableRuleFactUpdated_FiresAgain(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(RepeatableCountRule));
        List<string> order = FiredWorkers(session);
        var worker = new Employee("a", 30, "u");
        session.Insert(worker);
        session.Fire();

        session.Update(worker);
        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["a", "a"], order);
    }

    [Theory, BothRuntimes]
    public void Fire_NonRepeatableRuleFactUpdated_DoesNotFireAgain(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NonRepeatableCountRule));
        List<string> order = FiredWorkers(session);
        var worker = new Employee("a", 30, "u");
        session.Insert(worker);
        session.Fire();

        session.Update(worker);
        int fired = session.Fire();

        Assert.Equal(0, fired);
        Assert.Equal(["a"], order);
    }

    [Theory, BothRuntimes]
    public void Fire_NonRepeatableRuleFactRetractedAndReinserted_FiresAgain(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NonRepeatableCountRule));
        var worker = new Employee("a", 30, "u");
        session.Insert(worker);
        session.Fire();

        session.Retract(worker);
        session.Insert(worker);
        int fired = session.Fire();

        Assert.Equal(1, fired);
    }

    [Theory, BothRuntimes]
    public void Fire_MaxRulesNumber_FiresAtMostThatMany(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 61, "u"), new Employee("c", 62, "u")]);

        int first = session.Fire(2);
        int rest = session.Fire();

        Assert.Equal(2, first);
        Assert.Equal(1, rest);
    }

    [Theory, BothRuntimes]
    public void Fire_ActionHalts_StopsAfterThatRule(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(HaltRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 61, "u")]);

        int first = session.Fire();
        int second = session.Fire();

        Assert.Equal(1, first);
        Assert.Equal(1, second);
    }

    [Theory, BothRuntimes]
    public void Fire_NothingChanged_FiresNothing(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();

        int again = session.Fire();

        Assert.Equal(0, again);
    }

    [Theory, BothRuntimes]
    public void Update_FactNoLongerMatches_RetractsYield(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldOnIdentifiedRule));
        session.Insert(new IdentifiedEmployee("a", 70));
        session.Fire();

        session.Update(new IdentifiedEmployee("a", 40));
        session.Fire();

        Assert.Empty(session.Query<Due>());
        Assert.Equal([new IdentifiedEmployee("a", 40)], session.Query<IdentifiedEmployee>());
    }

    [Theory, BothRuntimes]
    public void Fire_TwoMatchesYieldEqualFacts_ThrowsRhsExceptionNamingRule(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(SameYieldRule));
        session.InsertAll([new Exposure("a", "noise", 1), new Exposure("a", "noise", 2)]);

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal(typeof(SameYieldRule).FullName, ex.RuleName);
        Assert.IsType<ArgumentException>(ex.InnerException);
        Assert.Equal([new Due("a", "noise")], session.Query<Due>());
    }

    private static List<string> FiredWorkers(ISession session)
    {
        var order = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => order.Add(((Employee)e.Facts.Single().Value!).Id);
        return order;
    }
}

public sealed class SameYieldRule : Rule
{
    public override void Define()
    {
        Exposure exposure = default!;
        When().Match(() => exposure);
        Then().Yield(ctx => new Due(exposure.WorkerId, exposure.Hazard));
    }
}

/// <summary>A repeatable rule with an action for each trigger's firing and one for its removal after firing.</summary>
public sealed class UndoableRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then()
            .Do(ctx => ctx.TryInsert(new Counter(worker.Id, 1)))
            .Undo(ctx => ctx.TryRetract(new Counter(worker.Id, 1)));
    }
}

/// <summary>Links a contractor on its first firing and an employee when fired again.</summary>
public sealed class YieldPersonRule : Rule
{
    public override void Define()
    {
        Cutoff cutoff = default!;
        When().Match(() => cutoff);
        Then().Yield(ctx => (Person)new Contractor("c" + cutoff.Year), (ctx, old) => new Employee("e" + cutoff.Year, 61, "u"));
    }
}
