using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OshRules.Common;
using OshRules.DependencyInjection;
using OshRules.Evaluation;
using OshRules.Law;
using OshRules.Tests.Reliability;

namespace OshRules.Tests.Evaluation;

/// <summary>Logs, metrics and traces of the facade, read back with a capturing logger, a MeterListener and an ActivityListener.</summary>
public sealed class OshTelemetryTests
{
    private const int RosterSize = 400;

    private static readonly DateOnly AsOf = EvaluationFixtures.AsOf;

    private static IEnumerable<OshCase> Roster() => Enumerable.Range(0, RosterSize).Select(ReliabilityCases.Case);

    [Fact]
    public void The_meter_counts_cases_failures_conclusions_and_times_each_case()
    {
        using var meters = new TestMeterFactory();
        using var listener = meters.Listen();
        var rules = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 4 }, [typeof(FailingTestRule)], new OshTelemetry(null, meters));

        var results = rules.EvaluateMany(AsOf, Roster()).ToList();

        Assert.Equal(RosterSize, meters.Sum("oshrules.cases.evaluated"));
        var failures = results.Where(r => !r.IsValid).GroupBy(r => (r.Error!.Kind.ToString(), OshTelemetry.FamilyOfRule(r.Error.Rule)));
        Assert.Equal(
            failures.ToDictionary(g => g.Key, g => (long)g.Count()),
            meters.SumBy("oshrules.cases.failed", "oshrules.error.kind", "oshrules.family"));
        Assert.Contains(("RuleFailure", OshTelemetry.NoFamily), failures.Select(g => g.Key)); // the test rule has no family id
        Assert.Contains(("InvalidInput", OshTelemetry.NoFamily), failures.Select(g => g.Key)); // Worker.BirthDate: worker identity
        var byFamily = results.SelectMany(r => r.Conclusions).GroupBy(c => c.GetType().Namespace!["OshRules.".Length..]).ToDictionary(g => (g.Key, string.Empty), g => (long)g.Count());
        Assert.Equal(4, byFamily.Count);
        Assert.Equal(byFamily, meters.SumBy("oshrules.conclusions", "oshrules.family", null));
        var durations = meters.Values("oshrules.case.duration");
        Assert.Equal(RosterSize, durations.Count);
        Assert.All(durations, d => Assert.InRange(d, 0, 60));
    }

    [Fact]
    public void Evaluate_counts_its_case_and_a_failure_it_raises()
    {
        using var meters = new TestMeterFactory();
        using var listener = meters.Listen();
        var rules = OshRuleSet.Create(new OshRulesOptions(), [], new OshTelemetry(null, meters));

        rules.Evaluate(AsOf, EvaluationFixtures.WorkerTouchingAllFamilies());
        Assert.Throws<OshValidationException>(() => rules.Evaluate(AsOf, [new Worker("W-1", new DateOnly(1980, 1, 1), Sex.Male), new Worker("W-1", new DateOnly(1981, 1, 1), Sex.Male)]));

        Assert.Equal(1, meters.Sum("oshrules.cases.evaluated"));
        Assert.Equal(new Dictionary<(string, string), long> { [("InvalidInput", OshTelemetry.NoFamily)] = 1 }, meters.SumBy("oshrules.cases.failed", "oshrules.error.kind", "oshrules.family"));
    }

    [Fact]
    public void Failures_are_counted_under_the_family_their_rule_id_names()
    {
        Assert.Equal(Families.HealthExams, OshTelemetry.FamilyOfRule("HC-1"));
        Assert.Equal(Families.Ergonomics, OshTelemetry.FamilyOfRule("NMQ-3 Hazard signal grade"));
        Assert.Equal(Families.MaternalProtection, OshTelemetry.FamilyOfRule("MAT-12"));
        Assert.Equal(Families.Training, OshTelemetry.FamilyOfRule("EDU-5"));
        Assert.Equal(OshTelemetry.NoFamily, OshTelemetry.FamilyOfRule("worker identity"));
        Assert.Equal(OshTelemetry.NoFamily, OshTelemetry.FamilyOfRule(null));
    }

    [Fact]
    public void A_roster_is_one_span_with_its_counts_and_outcome()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var test = new ActivitySource("OshRules.Tests.Telemetry");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is OshDiagnostics.Name or "OshRules.Tests.Telemetry",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var rules = ReliabilityCases.RulesWithFailingRule(2);
        using var cts = new CancellationTokenSource();

        ActivityTraceId trace;
        using (var root = test.StartActivity("test roster")!)
        {
            trace = root.TraceId;
            var results = rules.EvaluateMany(AsOf, Roster()).ToList();
            Assert.Same(root, Activity.Current);
            Assert.Throws<OperationCanceledException>(() =>
            {
                foreach (var _ in rules.EvaluateMany(AsOf, Roster(), cancellationToken: cts.Token))
                {
                    cts.Cancel();
                }
            });
        }

        var mine = spans.Where(s => s.TraceId == trace && s.Source.Name == OshDiagnostics.Name).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, s => Assert.Equal("OshRules.EvaluateMany", s.OperationName));
        Assert.Equal("2026-11-23", mine[0].GetTagItem("oshrules.as_of"));
        Assert.Equal((long)RosterSize, mine[0].GetTagItem("oshrules.cases"));
        Assert.Equal((long)Enumerable.Range(0, RosterSize).Count(i => ReliabilityCases.IsInvalid(i) || ReliabilityCases.Fails(i)), mine[0].GetTagItem("oshrules.cases.failed"));
        Assert.Equal("completed", mine[0].GetTagItem("oshrules.outcome"));
        Assert.Equal(1L, mine[1].GetTagItem("oshrules.cases"));
        Assert.Equal("cancelled", mine[1].GetTagItem("oshrules.outcome"));
    }

    [Fact]
    public void The_log_has_the_compile_time_a_summary_per_roster_and_each_failed_case_by_position_and_kind()
    {
        using var logs = new CapturingLoggerFactory();
        var rules = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 2 }, [typeof(FailingTestRule)], new OshTelemetry(logs, null));

        var results = rules.EvaluateMany(AsOf, Roster()).ToList();

        var entries = logs.Entries;
        Assert.All(entries, e => Assert.Equal("OshRules.Evaluation.OshRuleSet", e.Category));
        var compiled = Assert.Single(entries, e => e.EventName == "RuleSetCompiled");
        Assert.Equal(LogLevel.Information, compiled.Level);
        Assert.Equal("HealthExams, Ergonomics, MaternalProtection, Training", compiled["Families"]);
        var ruleClasses = typeof(OshRuleSet).Assembly.GetTypes().Count(t => t.BaseType?.Name == "Rule" && !t.IsAbstract);
        Assert.Equal(ruleClasses + 1, (int)compiled["RuleCount"]!); // + the test rule
        var summary = Assert.Single(entries, e => e.EventName == "RosterEvaluated");
        Assert.Equal(("OshRules.EvaluateMany", "completed", (long)RosterSize), (summary["Operation"], summary["Outcome"], summary["Cases"]));
        var failed = entries.Where(e => e.EventName == "CaseFailed").ToList();
        var expected = results.Select((r, i) => (Position: (long)i, r.Error)).Where(x => x.Error is not null).ToList();
        Assert.Equal(expected.Select(x => (x.Position, x.Error!.Kind, x.Error.Field, x.Error.Rule)), failed.Select(e => ((long)e["Position"]!, (CaseErrorKind)e["ErrorKind"]!, (string?)e["Field"], (string?)e["Rule"])));
        Assert.All(failed, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.Equal("Case at position 5 failed: RuleFailure (field (null), rule TEST-1 Failing rule, exception System.InvalidOperationException)", failed[0].Message);
        Assert.Equal("Case at position 17 failed: InvalidInput (field Roster.BirthDate, rule roster, exception OshRules.Law.OshValidationException)", failed[1].Message);
    }

    [Fact]
    public void Dependency_injection_passes_the_containers_logger_and_meter_factories()
    {
        using var logs = new CapturingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logs);
        services.AddSingleton<IMeterFactory, TestMeterFactory>();
        services.AddOshRules();
        using var provider = services.BuildServiceProvider();
        var meters = (TestMeterFactory)provider.GetRequiredService<IMeterFactory>();
        using var listener = meters.Listen();

        var results = provider.GetRequiredService<IOshEvaluator>().EvaluateMany(AsOf, [OshCase.Of("1", EvaluationFixtures.WorkerTouchingAllFamilies())]).ToList();

        Assert.Single(results);
        Assert.Equal(1, meters.Sum("oshrules.cases.evaluated"));
        Assert.Single(logs.Entries, e => e.EventName == "RuleSetCompiled");
        Assert.Single(logs.Entries, e => e.EventName == "RosterEvaluated");
    }

    /// <summary>An <see cref="IMeterFactory"/> whose meters only this test listens to, and the measurements it heard.</summary>
    internal sealed class TestMeterFactory : IMeterFactory
    {
        private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> measurements = new();
        private readonly List<Meter> meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
            lock (meters)
            {
                meters.Add(meter);
            }

            return meter;
        }

        public MeterListener Listen()
        {
            var listener = new MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (instrument.Meter.Scope == this)
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                },
            };
            listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, tags.ToArray())));
            listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, tags.ToArray())));
            listener.Start();
            return listener;
        }

        public long Sum(string instrument) => (long)measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

        public IReadOnlyList<double> Values(string instrument) => [.. measurements.Where(m => m.Instrument == instrument).Select(m => m.Value)];

        public Dictionary<(string, string), long> SumBy(string instrument, string tag, string? secondTag) =>
            measurements.Where(m => m.Instrument == instrument)
                .GroupBy(m => (Tag(m.Tags, tag), secondTag is null ? string.Empty : Tag(m.Tags, secondTag)))
                .ToDictionary(g => g.Key, g => (long)g.Sum(m => m.Value));

        public void Dispose()
        {
            lock (meters)
            {
                meters.ForEach(m => m.Dispose());
            }
        }

        private static string Tag(KeyValuePair<string, object?>[] tags, string key) => (string)tags.Single(t => t.Key == key).Value!;
    }
}
