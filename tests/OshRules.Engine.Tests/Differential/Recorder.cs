using System.Collections;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace OshRules.Engine.Tests.Differential;

/// <summary>
/// Runs a scenario on one runtime and writes down everything a caller could observe: every event with its facts,
/// every operation's result or exception, and the facts in working memory after each firing.
/// </summary>
public static class Recorder
{
    /// <param name="compile">Compiles the scenario's rules on one runtime.</param>
    /// <param name="scenario">The rules and operations.</param>
    /// <param name="afterDisposedSession">
    /// Runs the scenario once, unrecorded, in a session of the same factory that is then disposed (when its runtime's
    /// sessions are disposable), before the recorded session: a session that reuses a disposed one's memories must
    /// behave as a fresh one.
    /// </param>
    public static List<string> Run(Func<IEnumerable<IRuleDefinition>, ISessionFactory> compile, Scenario scenario, bool afterDisposedSession = false)
    {
        var log = new List<string>();
        IRuleDefinition[] rules = [.. scenario.Rules.Select(r => r.Build())];
        ISessionFactory factory;
        try
        {
            factory = compile(rules);
        }
        catch (Exception e)
        {
            log.Add("compile threw " + Describe(e));
            return log;
        }

        if (afterDisposedSession)
        {
            ISession earlier = factory.CreateSession();
            earlier.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = scenario.HandleErrors;
            earlier.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = scenario.HandleErrors;
            var steps = new List<Action>();
            if (scenario.Bulk)
            {
                steps.Add(() => earlier.InsertAll(scenario.BulkFacts()));
                steps.Add(() => earlier.Fire());
            }

            steps.AddRange(scenario.Ops.Select(op => (Action)(() => Apply(earlier, op))));
            foreach (Action step in steps)
            {
                try
                {
                    step();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // What the operation did to the memories before it threw is what the next session must not see.
                }
            }

            (earlier as IDisposable)?.Dispose();
        }

        ISession session = factory.CreateSession();
        Listen(session.Events, log, scenario.HandleErrors);
        if (scenario.Bulk)
        {
            try
            {
                session.InsertAll(scenario.BulkFacts());
                log.Add("bulk -> " + session.Fire());
            }
            catch (Exception e)
            {
                log.Add("bulk threw " + Describe(e));
            }
        }

        for (int i = 0; i < scenario.Ops.Length; i++)
        {
            Op op = scenario.Ops[i];
            log.Add($"#{i} {op}");
            try
            {
                log.Add($"#{i} -> {Apply(session, op)}");
            }
            catch (Exception e)
            {
                log.Add($"#{i} threw {Describe(e)}");
            }

            if (op.Kind is OpKind.Fire or OpKind.FireSome)
            {
                log.Add("memory: " + string.Join(" | ", session.Query<object>().Select(Format)));
            }
        }

        log.Add("final memory: " + string.Join(" | ", session.Query<object>().Select(Format)));
        log.Add("agenda empty: " + session.Agenda.IsEmpty);
        return log;
    }

    private static string Apply(ISession session, Op op) => op.Kind switch
    {
        OpKind.Insert => Do(() => session.Insert(op.Fact())),
        OpKind.TryInsert => session.TryInsert(op.Fact()).ToString(),
        OpKind.InsertAll => Do(() => session.InsertAll([op.Fact(), op.Other(), op.Fact() is Alpha a && a.Value > 7 ? new Alpha(a.Id, 0, 0) : op.Other()])),
        OpKind.Update => Do(() => session.Update(op.Fact())),
        OpKind.TryUpdate => session.TryUpdate(op.Fact()).ToString(),
        OpKind.Retract => Do(() => session.Retract(op.Fact())),
        OpKind.TryRetract => session.TryRetract(op.Fact()).ToString(),
        OpKind.Fire => session.Fire().ToString(),
        OpKind.FireSome => session.Fire(op.Value % 3 + 1).ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static string Do(Action action)
    {
        action();
        return "ok";
    }

    private static void Listen(IEventProvider events, List<string> log, bool handleErrors)
    {
        events.FactInsertingEvent += (_, e) => log.Add("inserting " + Format(e.Fact.Value));
        events.FactInsertedEvent += (_, e) => log.Add("inserted " + Format(e.Fact.Value) + Source(e.Fact));
        events.FactUpdatingEvent += (_, e) => log.Add("updating " + Format(e.Fact.Value));
        events.FactUpdatedEvent += (_, e) => log.Add("updated " + Format(e.Fact.Value) + Source(e.Fact));
        events.FactRetractingEvent += (_, e) => log.Add("retracting " + Format(e.Fact.Value));
        events.FactRetractedEvent += (_, e) => log.Add("retracted " + Format(e.Fact.Value));
        events.ActivationCreatedEvent += (_, e) => log.Add("created " + Format(e.Match));
        events.ActivationUpdatedEvent += (_, e) => log.Add("updated " + Format(e.Match));
        events.ActivationDeletedEvent += (_, e) => log.Add("deleted " + Format(e.Match));
        events.RuleFiringEvent += (_, e) => log.Add("firing " + Format(e.Match));
        events.RuleFiredEvent += (_, e) => log.Add("fired " + Format(e.Match));
        events.LhsExpressionFailedEvent += (_, e) =>
        {
            log.Add($"lhs failed {e.Expression} [{string.Join(", ", e.Arguments.Select(Format))}] {e.Exception?.Message} rules {string.Join(",", e.Rules.Select(r => r.Name))}");
            e.IsHandled = handleErrors;
        };
        events.RhsExpressionFailedEvent += (_, e) =>
        {
            log.Add($"rhs failed {e.Expression} [{string.Join(", ", e.Arguments.Select(Format))}] {e.Exception?.Message} {Format(e.Match)}");
            e.IsHandled = handleErrors;
        };
    }

    private static string Source(IFact fact) => fact.Source is { } source ? $" from {source.SourceType}:{string.Join(",", source.Facts.Select(f => Format(f.Value)))}" : string.Empty;

    private static string Format(IMatch match) =>
        $"{match.Rule.Name} {match.Trigger} {{{string.Join(" ", match.Facts.Select(f => $"{f.Declaration.Name}={Format(f.Value)}"))}}}";

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    private static string Describe(Exception e)
    {
        string text = $"{e.GetType().Name}: {e.Message}";
        if (e is RuleRhsExpressionEvaluationException rhs)
        {
            text += $" (rule {rhs.RuleName})";
        }

        if (e is RuleCompilationException compilation)
        {
            text += $" (rule {compilation.RuleName})";
        }

        return e.InnerException is { } inner ? $"{text} <- {Describe(inner)}" : text;
    }
}
