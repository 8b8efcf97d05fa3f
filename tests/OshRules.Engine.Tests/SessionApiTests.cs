using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>The members of NRules' <see cref="ISession"/> and <see cref="ISessionFactory"/>, on both runtimes.</summary>
public sealed class SessionApiTests
{
    [Theory, BothRuntimes]
    public void TryInsertAll_SkipFailed_InsertsTheNewFactsAndReportsTheOthers(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.Insert(new Employee("a", 60, "u"));

        IFactResult result = session.TryInsertAll([new Employee("b", 60, "u"), new Employee("a", 60, "u"), new Employee("c", 60, "u")], BatchOptions.SkipFailed);

        Assert.Equal(1, result.FailedCount);
        Assert.Equal([new Employee("a", 60, "u")], result.Failed);
        Assert.Equal(["a", "b", "c"], session.Query<Employee>().Select(e => e.Id));
        Assert.Equal(3, session.Fire());
    }

    [Theory, BothRuntimes]
    public void TryInsertAll_AllOrNothing_InsertsNoneAndReportsTheFailed(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.Insert(new Employee("a", 60, "u"));

        IFactResult result = session.TryInsertAll([new Employee("b", 60, "u"), new Employee("a", 60, "u")], BatchOptions.AllOrNothing);
        IFactResult byDefault = session.TryInsertAll([new Employee("c", 60, "u"), new Employee("a", 60, "u")]);

        Assert.Equal([new Employee("a", 60, "u")], result.Failed);
        Assert.Equal([new Employee("a", 60, "u")], byDefault.Failed);
        Assert.Equal(["a"], session.Query<Employee>().Select(e => e.Id));
    }

    [Theory, BothRuntimes]
    public void TryUpdateAll_SkipFailedAndAllOrNothing_UpdateTheKnownFactsOrNone(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldUpdateRule));
        session.InsertAll([new IdentifiedEmployee("a", 1), new IdentifiedEmployee("b", 1)]);
        session.Fire();

        IFactResult none = session.TryUpdateAll([new IdentifiedEmployee("a", 2), new IdentifiedEmployee("x", 2)], BatchOptions.AllOrNothing);
        int firedAfterNone = session.Fire();
        IFactResult some = session.TryUpdateAll([new IdentifiedEmployee("a", 3), new IdentifiedEmployee("x", 3), new IdentifiedEmployee("b", 3)], BatchOptions.SkipFailed);
        int firedAfterSome = session.Fire();

        Assert.Equal([new IdentifiedEmployee("x", 2)], none.Failed);
        Assert.Equal(0, firedAfterNone);
        Assert.Equal([new IdentifiedEmployee("x", 3)], some.Failed);
        Assert.Equal(2, firedAfterSome);
        Assert.Equal([new IdentifiedEmployee("a", 3), new IdentifiedEmployee("b", 3)], session.Query<IdentifiedEmployee>());
    }

    [Theory, BothRuntimes]
    public void TryRetractAll_SkipFailedAndAllOrNothing_RetractTheKnownFactsOrNone(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 60, "u")]);

        IFactResult none = session.TryRetractAll([new Employee("a", 60, "u"), new Employee("x", 60, "u")], BatchOptions.AllOrNothing);
        int afterNone = session.Query<Employee>().Count();
        IFactResult some = session.TryRetractAll([new Employee("a", 60, "u"), new Employee("x", 60, "u")], BatchOptions.SkipFailed);

        Assert.Equal(1, none.FailedCount);
        Assert.Equal(2, afterNone);
        Assert.Equal([new Employee("x", 60, "u")], some.Failed);
        Assert.Equal(["b"], session.Query<Employee>().Select(e => e.Id));
        Assert.Equal(1, session.Fire());
    }

    [Theory, BothRuntimes]
    public void UpdateAndRetract_LinkedFactFromOutside_AreRefused(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.Insert(new Employee("a", 60, "u"));
        session.Fire();

        bool updated = session.TryUpdate(new Due("a", "age"));
        bool retracted = session.TryRetract(new Due("a", "age"));

        Assert.False(updated);
        Assert.False(retracted);
        Assert.Throws<ArgumentException>(() => session.Retract(new Due("a", "age")));
        Assert.Equal([new Due("a", "age")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Fire_WithoutAutoPropagation_LinkedFactsWaitForPropagateLinked(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotRule), typeof(ChainRule));
        session.AutoPropagateLinkedFacts = false;
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u")]);

        int fired = session.Fire();
        bool emptyBefore = session.Agenda.IsEmpty;
        ILinkedFactSet[] sets = [.. session.PropagateLinked()];
        bool emptyAfter = session.Agenda.IsEmpty;

        Assert.Equal(2, fired);
        Assert.True(emptyBefore);
        ILinkedFactSet set = Assert.Single(sets);
        Assert.Equal(LinkedFactAction.Insert, set.Action);
        Assert.Equal(2, set.FactCount);
        Assert.Equal([new Due("a", "no exam"), new Due("b", "no exam")], set.Facts.Select(f => f.Value));
        Assert.False(emptyAfter);
        Assert.Empty(session.PropagateLinked());
        Assert.Equal(2, session.Fire());
    }

    [Theory, BothRuntimes]
    public void Fire_TokenCancelledBeforehand_FiresOneRuleThenStops(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 61, "u"), new Employee("c", 62, "u")]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        int first = session.Fire(cancelled.Token);
        int second = session.Fire(5, cancelled.Token);
        int rest = session.Fire(CancellationToken.None);

        Assert.Equal((1, 1, 1), (first, second, rest));
    }

    [Theory, BothRuntimes]
    public void Fire_ActionCancelsTheToken_StopsAfterThatRule(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(CancellingRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 61, "u")]);
        using var source = new CancellationTokenSource();
        session.DependencyResolver = new ServiceResolver(source);

        int fired = session.Fire(source.Token);

        Assert.Equal(1, fired);
        Assert.True(source.IsCancellationRequested);
    }

    [Theory, BothRuntimes]
    public void Query_ReturnsAnIQueryableOverWorkingMemory(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 30, "u"), new Exam("a", 2020)]);

        IQueryable<Employee> employees = session.Query<Employee>();

        Assert.Equal(["a"], employees.Where(e => e.Age >= 60).Select(e => e.Id));
        Assert.Equal(3, session.Query<object>().Count());
    }

    [Theory, BothRuntimes]
    public void Agenda_PeekIsEmptyAndClear_ShowAndDropTheQueuedMatches(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LowPriorityRule), typeof(HighPriorityRule));
        bool emptyAtStart = session.Agenda.IsEmpty;
        session.Insert(new Cutoff(2026));

        IMatch next = session.Agenda.Peek();
        IMatch again = session.Agenda.Peek();
        session.Agenda.Clear();

        Assert.True(emptyAtStart);
        Assert.Equal("High priority", next.Rule.Name);
        Assert.Same(next, again);
        Assert.Equal([new Cutoff(2026)], next.Facts.Select(f => f.Value));
        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Fire());
    }

    [Theory, BothRuntimes]
    public void Agenda_ClearedThenFactUpdated_FiresAsANewMatch(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(RepeatableCountRule));
        var triggers = new List<MatchTrigger>();
        session.Events.RuleFiringEvent += (_, e) => triggers.Add(e.Match.Trigger);
        var worker = new Employee("a", 30, "u");
        session.Insert(worker);
        session.Fire();
        session.Update(worker);
        session.Agenda.Clear();

        int firedAfterClear = session.Fire();
        session.Update(worker);
        int firedAfterUpdate = session.Fire();

        // Clear forgets that the match fired: updated again, it fires as created, not as updated.
        Assert.Equal((0, 1), (firedAfterClear, firedAfterUpdate));
        Assert.Equal([MatchTrigger.Created, MatchTrigger.Created], triggers);
    }

    [Theory, BothRuntimes]
    public void Agenda_PeekEmpty_ThrowsInvalidOperation(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));

        var ex = Assert.Throws<InvalidOperationException>(() => session.Agenda.Peek());

        Assert.Equal("Priority queue is empty", ex.Message);
    }

    // NRules' Peek does not skip entries whose activation has gone (only IsEmpty and Fire do): it shows the match that
    // was removed, until IsEmpty is asked.
    [Theory, BothRuntimes]
    public void Agenda_PeekAfterTheOnlyMatchWasRemoved_ShowsTheRemovedMatchUntilIsEmptyIsAsked(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.Insert(new Employee("a", 60, "u"));
        session.Retract(new Employee("a", 60, "u"));

        IMatch stale = session.Agenda.Peek();
        bool empty = session.Agenda.IsEmpty;

        Assert.Equal(MatchTrigger.None, stale.Trigger);
        Assert.True(empty);
        Assert.Throws<InvalidOperationException>(() => session.Agenda.Peek());
    }

    [Theory, BothRuntimes]
    public void ActionInterceptor_OfTheSession_DecidesWhichActionsRun(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(TwoActionRule));
        var interceptor = new SkippingInterceptor(skip: 1);
        session.ActionInterceptor = interceptor;
        List<string> fired = FiringLog.Attach(session);
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal([new Counter("first", 30)], session.Query<Counter>());
        Assert.Single(fired);
        Assert.Equal(["Two actions Created [Employee { Id = a, Age = 30, Unit = u }] Activated, Reactivated; [Employee { Id = a, Age = 30, Unit = u }] Activated, Reactivated"], interceptor.Seen);
    }

    [Theory, BothRuntimes]
    public void ActionInterceptor_ActionThrows_PropagatesTheActionsOwnException(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingActionRule));
        session.ActionInterceptor = new SkippingInterceptor(skip: -1);
        session.Insert(new Employee("a", 13, "u"));

        // Without an interceptor NRules wraps it in RuleRhsExpressionEvaluationException; an interceptor gets it as is.
        var ex = Assert.Throws<InvalidOperationException>(() => session.Fire());

        Assert.Equal("unlucky", ex.Message);
    }

    [Theory, BothRuntimes]
    public void ActionInterceptor_OfTheFactory_IsEachNewSessionsInterceptor(Runtime runtime)
    {
        ISessionFactory factory = Compiled.From(runtime, typeof(TwoActionRule));
        var interceptor = new SkippingInterceptor(skip: 0);
        factory.ActionInterceptor = interceptor;

        ISession session = factory.CreateSession();
        session.Insert(new Employee("a", 30, "u"));
        session.Fire();

        Assert.Same(interceptor, session.ActionInterceptor);
        Assert.Equal([new Counter("second", 30)], session.Query<Counter>());
    }

    [Theory, BothRuntimes]
    public void CreateSession_InitializationAction_RunsBeforeTheSessionActivatesItsRules(Runtime runtime)
    {
        ISessionFactory factory = Compiled.From(runtime, typeof(NoExamAtAllRule));
        var early = new List<string>();
        var late = new List<string>();

        ISession session = factory.CreateSession(s => s.Events.ActivationCreatedEvent += (_, e) => early.Add(e.Rule.Name));
        session.Events.ActivationCreatedEvent += (_, e) => late.Add(e.Rule.Name);

        Assert.Equal(["No exam at all"], early);
        Assert.Empty(late);
        Assert.Equal(1, session.Fire());
    }

    [Theory, BothRuntimes]
    public void FactoryEvents_TwoSessions_ReceiveEveryEventWithItsSessionAsSender(Runtime runtime)
    {
        ISessionFactory factory = Compiled.From(runtime, typeof(MatchAliasRule));
        var seen = new List<(object? Sender, string Event)>();
        factory.Events.FactInsertedEvent += (sender, e) => seen.Add((sender, "inserted " + e.Fact.Type.Name));
        factory.Events.RuleFiredEvent += (sender, e) => seen.Add((sender, "fired " + e.Rule.Name));
        ISession first = factory.CreateSession();
        ISession second = factory.CreateSession();
        first.Events.FactInsertedEvent += (sender, e) => seen.Add((sender, "session inserted " + e.Fact.Type.Name));

        first.Insert(new Employee("a", 60, "u"));
        second.Insert(new Employee("b", 60, "u"));
        second.Fire();

        Assert.Equal(
        [
            (first, "session inserted Employee"), (first, "inserted Employee"), (second, "inserted Employee"),
            (second, "fired Match alias"), (second, "inserted Due"),
        ], seen);
    }

    private sealed class SkippingInterceptor(int skip) : IActionInterceptor
    {
        public List<string> Seen { get; } = [];

        public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
        {
            var invocations = actions.ToList();
            Seen.Add($"{context.Rule.Name} {context.Match.Trigger} " + string.Join("; ", invocations.Select(i => $"[{string.Join(", ", i.Arguments)}] {i.Trigger}")));
            for (int i = 0; i < invocations.Count; i++)
            {
                if (i != skip)
                {
                    invocations[i].Invoke();
                }
            }
        }
    }
}

[Name("Two actions")]
public sealed class TwoActionRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then()
            .Do(ctx => ctx.Insert(new Counter("first", worker.Age)))
            .Do(ctx => ctx.Insert(new Counter("second", worker.Age)));
    }
}

[Name("No exam at all")]
public sealed class NoExamAtAllRule : Rule
{
    public override void Define()
    {
        When().Not<Exam>();
        Then().Do(ctx => ctx.Insert(new Counter("no exam", 0)));
    }
}

/// <summary>Cancels the token the session fires with (handed to it as a dependency).</summary>
public sealed class CancellingRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        CancellationTokenSource source = default!;
        Dependency().Resolve(() => source);
        When().Match(() => worker);
        Then().Do(ctx => source.Cancel());
    }
}

/// <summary>Resolves one service object, whatever the type asked for.</summary>
public sealed class ServiceResolver(object service) : IDependencyResolver
{
    public object Service { get; } = service;

    public List<IResolutionContext> Contexts { get; } = [];

    public object Resolve(IResolutionContext context, Type serviceType)
    {
        Contexts.Add(context);
        return serviceType.IsInstanceOfType(Service) ? Service : throw new InvalidOperationException("no " + serviceType.Name);
    }
}
