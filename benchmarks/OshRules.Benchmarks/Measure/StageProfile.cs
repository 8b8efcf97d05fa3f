using System.Diagnostics;
using NRules;
using OshRules.Benchmarks.Facade;
using OshRules.Common;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Measure;

/// <summary>
/// <c>--stages [engine|nrules] [workers] [rounds]</c>: where one worker's time and memory go through the facade, step by step,
/// on one runtime. Each worker runs the steps of <c>OshRuleSet.Run</c> in its order (case checks; the session and its
/// context facts; the case's facts; firing; collecting the result and ending the session), each step timed with
/// <see cref="Stopwatch.GetTimestamp"/> and its allocations counted. Six rounds over the same workers by default; at the
/// default 20,000 workers the first warms the code up. A few hundred workers stay in the processor's caches, as
/// BenchmarkDotNet's 260 do, but tiered compilation is still at work through their first few hundred rounds: give them
/// over a thousand and read the fastest. A profile, not a target: the stopwatch calls themselves cost a little per step.
/// </summary>
internal static class StageProfile
{
    private const int DefaultRounds = 6;
    private static readonly string[] Steps = ["case checks", "session and context facts", "the case's facts", "firing", "result and end of session"];

    public static int Run(string[] args)
    {
        var runtime = args.Length > 1 && args[1] == "nrules" ? RuleRuntime.NRules : RuleRuntime.OshRulesEngine;
        var workers = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var rounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : DefaultRounds;
        var factory = FullRuleSet.Load().Compile(runtime);
        var options = new OshRulesOptions();
        var settings = new OshEvaluationSettings([.. Families.All], options.DueSoonDays, options.Language, FamilyPolicies.Defaults(options));
        var date = new EvaluationDate(SyntheticWorker.AsOf, options.DueSoonDays);
        var origins = new ExplanationTracker.OriginCache();
        var cases = SyntheticWorker.Roster(workers).Select(w => (IReadOnlyList<object>)w.Facts()).ToList();

        Console.WriteLine($"{runtime}, {workers:N0} workers, per worker: time (µs) / allocated (bytes) of each step");
        Console.WriteLine("| round | " + string.Join(" | ", Steps) + " | total |");
        Console.WriteLine("|---:|" + string.Concat(Enumerable.Repeat("---:|", Steps.Length + 1)));
        for (var round = 1; round <= rounds; round++)
        {
            var ticks = new long[Steps.Length];
            var bytes = new long[Steps.Length];
            foreach (var facts in cases)
            {
                EvaluateInSteps(factory, origins, date, settings, facts, ticks, bytes);
            }

            var cells = ticks.Select((t, i) => $"{t * 1e6 / Stopwatch.Frequency / workers:F1} / {bytes[i] / workers:N0}");
            var total = $"{ticks.Sum() * 1e6 / Stopwatch.Frequency / workers:F1} / {bytes.Sum() / workers:N0}";
            Console.WriteLine($"| {round} | {string.Join(" | ", cells)} | {total} |");
        }

        return 0;
    }

    private static void EvaluateInSteps(
        ISessionFactory factory, ExplanationTracker.OriginCache origins, EvaluationDate date, OshEvaluationSettings settings,
        IReadOnlyList<object> facts, long[] ticks, long[] bytes)
    {
        var step = 0;
        var t = Stopwatch.GetTimestamp();
        var b = GC.GetAllocatedBytesForCurrentThread();
        void Next()
        {
            var t2 = Stopwatch.GetTimestamp();
            var b2 = GC.GetAllocatedBytesForCurrentThread();
            ticks[step] += t2 - t;
            bytes[step] += b2 - b;
            step++;
            t = t2;
            b = b2;
        }

        CaseFactGuard.Check(facts);
        Next();
        var session = factory.CreateSession();
        var tracker = ExplanationTracker.Rent(session, origins);
        session.Insert(date);
        foreach (var policy in settings.Policies)
        {
            session.Insert(policy);
        }

        Next();
        session.TryInsertAll(SessionFacts.Distinct(facts), BatchOptions.SkipFailed);
        tracker.WatchFacts();
        Next();
        session.Fire();
        Next();
        var (conclusions, explanations) = tracker.Collect(session);
        GC.KeepAlive(new OshResult(string.Empty, date.Date, conclusions, explanations, null, settings));
        tracker.Return();
        (session as IDisposable)?.Dispose();
        Next();
    }
}
