using NRules;
using NRules.Diagnostics;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// Tracing (NRules' <c>LhsExpressionEvaluatedEvent</c> and <c>RhsExpressionEvaluatedEvent</c>): a listener sees every
/// evaluation NRules makes. OshRules.Engine turns its hash lookups off while someone listens, so the trace of a keyed
/// join is NRules' pair-by-pair trace, evaluation for evaluation.
/// </summary>
public sealed class TraceTests
{
    [Fact]
    public void LhsExpressionEvaluated_KeyedJoinTracedOnTheSession_GivesNRulesSequenceOfEvaluations()
    {
        // One repository for both: NRules' DSL numbers the parameters it makes up (Exists' "$var1$") per load.
        var repository = Compiled.Repository(typeof(JoinRule), typeof(ExistsRule));
        List<string> nrules = Trace(repository.Compile(Runtime.NRules), onFactory: false);
        List<string> engine = Trace(repository.Compile(Runtime.Engine), onFactory: false);

        Assert.Equal(nrules, engine);
        // Every worker with every exposure, then the updated worker with each exposure left: nested loops, not lookups.
        Assert.Equal((Workers * Exposures) + Exposures - 1, nrules.Count(e => e.StartsWith("lhs exposure, worker ", StringComparison.Ordinal)));
    }

    [Fact]
    public void LhsExpressionEvaluated_KeyedJoinTracedOnTheFactory_GivesNRulesSequenceOfEvaluations()
    {
        // One repository for both: NRules' DSL numbers the parameters it makes up (Exists' "$var1$") per load.
        var repository = Compiled.Repository(typeof(JoinRule), typeof(ExistsRule));
        List<string> nrules = Trace(repository.Compile(Runtime.NRules), onFactory: true);
        List<string> engine = Trace(repository.Compile(Runtime.Engine), onFactory: true);

        Assert.Equal(nrules, engine);
        // Every worker with every exposure, then the updated worker with each exposure left: nested loops, not lookups.
        Assert.Equal((Workers * Exposures) + Exposures - 1, nrules.Count(e => e.StartsWith("lhs exposure, worker ", StringComparison.Ordinal)));
    }

    // NRules counts every add and every remove of a trace handler: removing one that was never added counts as a
    // listener leaving, and the listener still there hears nothing until another is added.
    [Theory, BothRuntimes]
    public void LhsExpressionEvaluated_HandlerNeverAddedRemoved_CountsAsAListenerLeaving(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        var seen = new List<string>();
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => seen.Add(e.Expression.ToString());
        session.Events.LhsExpressionEvaluatedEvent -= (_, _) => { };

        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        int whileCountedOut = seen.Count;
        session.Events.LhsExpressionEvaluatedEvent += (_, _) => { };
        session.InsertAll([new Employee("b", 30, "u"), new Exposure("b", "noise", 1)]);

        Assert.Equal(0, whileCountedOut);
        Assert.NotEmpty(seen);
    }

    // A session whose own count went below zero still hears a listener of its factory, and so does a new session.
    [Theory, BothRuntimes]
    public void LhsExpressionEvaluated_ListenerOnTheFactory_HeardBySessionsWhoseOwnCountIsBelowZero(Runtime runtime)
    {
        ISessionFactory factory = Compiled.Repository(typeof(JoinRule)).Compile(runtime);
        ISession countedOut = factory.CreateSession();
        countedOut.Events.LhsExpressionEvaluatedEvent -= (_, _) => { };
        var seen = new List<object>();
        factory.Events.LhsExpressionEvaluatedEvent += (sender, _) => seen.Add(sender!);
        ISession fresh = factory.CreateSession();

        countedOut.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        fresh.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);

        Assert.Contains(countedOut, seen);
        Assert.Contains(fresh, seen);
    }

    [Fact]
    public void LhsExpressionEvaluated_ListenerRemoved_KeyedJoinStillPairsTheSame()
    {
        foreach (Runtime runtime in new[] { Runtime.NRules, Runtime.Engine })
        {
            ISession session = Compiled.Session(runtime, typeof(JoinRule), typeof(ExamCountRule));
            var seen = new List<string>();
            EventHandler<LhsExpressionEventArgs> listener = (_, e) => seen.Add(e.Expression.ToString());
            session.Events.LhsExpressionEvaluatedEvent += listener;
            session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
            session.Events.LhsExpressionEvaluatedEvent -= listener;
            int traced = seen.Count;

            session.InsertAll([new Employee("b", 30, "u"), new Exposure("b", "noise", 1), new Exposure("c", "dust", 1)]);
            session.Fire();

            Assert.Equal(traced, seen.Count);
            Assert.Equal([new Due("a", "noise"), new Due("b", "noise")], session.Query<Due>().OrderBy(d => d.WorkerId));
        }
    }

    private const int Workers = 3;
    private const int Exposures = 4;

    private static List<string> Trace(ISessionFactory factory, bool onFactory)
    {
        var log = new List<string>();
        IEventProvider events = onFactory ? factory.Events : null!;
        ISession session = factory.CreateSession();
        events ??= session.Events;
        events.LhsExpressionEvaluatedEvent += (_, e) => log.Add(
            $"lhs {string.Join(", ", ((System.Linq.Expressions.LambdaExpression)e.Expression).Parameters.Select(p => p.Name))} "
            + $"{e.Expression} [{string.Join(", ", e.Arguments)}] = {e.Result} {e.Exception?.GetType().Name} facts [{string.Join(", ", e.Facts.Select(f => f.Value))}] rules [{string.Join(", ", e.Rules.Select(r => r.Name))}]");
        events.RhsExpressionEvaluatedEvent += (_, e) => log.Add($"rhs {e.Expression} [{string.Join(", ", e.Arguments)}] {e.Match.Rule.Name}");

        session.InsertAll([.. Enumerable.Range(0, Workers).Select(i => (object)new Employee("w" + i, 30, "u"))]);
        session.InsertAll([.. Enumerable.Range(0, Exposures).Select(i => (object)new Exposure("w" + (i % 2), "h" + i, i))]);
        session.Fire();
        session.Retract(new Exposure("w0", "h0", 0));
        session.Update(new Employee("w1", 30, "u"));
        session.Fire();
        return log;
    }
}
