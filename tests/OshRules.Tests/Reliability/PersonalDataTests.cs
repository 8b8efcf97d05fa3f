using System.Globalization;
using System.Reflection;
using FsCheck.Fluent;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Tests.Evaluation;
using Xunit.Abstractions;

namespace OshRules.Tests.Reliability;

/// <summary>
/// RELIABILITY.md, guarantee 3: no personal data escapes. Sentinels go into every personal field (worker key, birth date,
/// free-text fields that may hold a name); no exception message, ToString() or explanation text may contain them.
/// The key is echoed as <see cref="OshResult.CaseId"/> by design, which is not checked here. The log of the rule set (a
/// capturing logger) and its activities' tags are searched too.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class PersonalDataTests(ITestOutputHelper output)
{
    private const string SentinelId = "SENTINEL-ID-7Q3Z";
    private const string SentinelText = "SentinelName王小明";
    private static readonly DateOnly SentinelBirth = HostileValues.ReservedDate;

    /// <summary>The birth date as it could be printed: ISO, slashes, US and ROC forms.</summary>
    private static readonly string[] BirthForms =
    [
        "1977-07-17", "1977/07/17", "1977/7/17", "7/17/1977", "07/17/1977", "17/07/1977", "19770717", "66/07/17", "066/07/17", "民國66年7月17日", "66年7月17日", "0660717",
    ];

    [Fact]
    public void Sentinels_never_appear_in_messages_ToString_or_explanations()
    {
        var texts = new List<(string Where, string Text)>();

        // 1. Every fact constructor, with sentinels in personal parameters and hostile values elsewhere.
        foreach (var ctor in BadInputFuzzTests.FactTypes.SelectMany(t => t.GetConstructors()).Where(c => c.GetParameters().Length > 0))
        {
            var parameters = ctor.GetParameters();
            foreach (var args in FuzzHarness.Sample(HostileValues.ArgumentsOf(ctor), $"sentinels {FuzzHarness.Describe(ctor)}", 300))
            {
                var values = args.Select((a, i) => Sentinel(parameters[i]) ?? a.Value).ToArray();
                try
                {
                    var made = FuzzHarness.Invoke(ctor, values)!;
                    texts.Add(($"{ctor.DeclaringType!.Name}.ToString", made.ToString()!));
                }
#pragma warning disable CA1031 // every message is captured
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    texts.Add(($"{ctor.DeclaringType!.Name} {ex.GetType().Name}", ex.Message));
                }
            }
        }

        // 2. Evaluation: a worker touching all families, with sentinels in every personal field, and with a rule that fails.
        var facts = EvaluationFixtures.WorkerTouchingAllFamilies(SentinelId).Select(WithSentinels).ToList();
        using var logs = new CapturingLoggerFactory();
        var spans = new List<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = s => s.Name == OshDiagnostics.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (spans)
                {
                    spans.Add(a);
                }
            },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        var rules = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 2 }, [typeof(FailingTestRule)], new OshTelemetry(logs, null));
        var result = rules.Evaluate(EvaluationFixtures.AsOf, facts);
        Assert.NotEmpty(result.Conclusions);
        texts.Add(("OshResult.ToString", result.ToString()));
        texts.Add(("Explain zh-TW", result.Explain(DisplayLanguage.ZhTw)));
        texts.Add(("Explain en", result.Explain(DisplayLanguage.English)));
        texts.AddRange(result.Conclusions.Select(c => ($"{c.GetType().Name}.ToString", c.ToString()!)));
        texts.AddRange(result.Explanations.Select(e => ("ConclusionExplanation.ToString", e.ToString())));

        var failing = EvaluationFixtures.WorkerTouchingAllFamilies(ReliabilityCases.FailingPrefix + SentinelId).Select(WithSentinels).ToList();
        var thrown = Assert.Throws<OshEvaluationException>(() => rules.Evaluate(EvaluationFixtures.AsOf, failing));
        texts.Add(("OshEvaluationException", thrown.Message));
        var cases = new[]
        {
            OshCase.Of("case-1", facts),
            OshCase.Of("case-2", failing),
            OshCase.Deferred("case-3", () => [new Worker(SentinelId, SentinelBirth, Sex.Female, SentinelBirth.AddDays(-1))]),
            OshCase.Deferred("case-4", () => [new Worker(SentinelId, DateOnly.MinValue, Sex.Female)]),
            OshCase.Deferred("case-5", () => throw new FormatException($"bad row {SentinelId} {SentinelText} born 1977-07-17")),
            OshCase.Of("case-6", [.. facts, new Worker(SentinelId, SentinelBirth.AddDays(1), Sex.Female)]),
            OshCase.Of("case-7", [.. facts, new NoiseExposure(SentinelId + "-other", 90)]),
        };
        var many = rules.EvaluateMany(EvaluationFixtures.AsOf, cases).ToList();
        var manyAsync = rules.EvaluateManyAsync(EvaluationFixtures.AsOf, cases.ToAsyncEnumerable()).ToBlockingEnumerable().ToList();
        Assert.Equal(many.Select(ReliabilityCases.Signature), manyAsync.Select(ReliabilityCases.Signature));
        Assert.Equal(6, many.Count(r => !r.IsValid));
        foreach (var r in many)
        {
            texts.Add(("EvaluateMany ToString", r.ToString()));
            texts.Add(("EvaluateMany Explain zh-TW", r.Explain(DisplayLanguage.ZhTw)));
            texts.Add(("EvaluateMany Explain en", r.Explain(DisplayLanguage.English)));
            if (r.Error is { } e)
            {
                texts.Add(("CaseError", e.Message + " " + e.Field + " " + e.Rule + " " + e));
            }
        }

        // 3. What the rule set logged and traced meanwhile (compile, each roster, each failed case), including a roster
        // whose case keys are the sentinel: a key is echoed in its result by design, but never logged or traced.
        _ = rules.EvaluateMany(EvaluationFixtures.AsOf,
        [
            OshCase.Of(SentinelId, failing),
            OshCase.Deferred(SentinelId, () => throw new FormatException(SentinelId)),
            OshCase.Invalid(SentinelId, new OshValidationException("Roster.BirthDate", "roster", "is not a date")),
        ]).ToList();
        Assert.Contains(logs.Entries, e => e.EventName == "CaseFailed");
        texts.AddRange(logs.Entries.Select(e => ($"log {e.EventName}", e.AllText)));
        lock (spans)
        {
            texts.AddRange(spans.Select(a => ("activity tags", a.DisplayName + " " + string.Join(" ", a.TagObjects.Select(t => $"{t.Key}={t.Value}")))));
        }

        var leaks = texts.Where(t => Leaks(t.Text)).ToList();
        output.WriteLine($"texts captured {texts.Count} ({texts.Sum(t => t.Text.Length)} chars) from {texts.Select(t => t.Where).Distinct().Count()} sources, sentinel leaks {leaks.Count}");
        foreach (var (where, text) in leaks.GroupBy(l => l.Where).Select(g => g.First()))
        {
            output.WriteLine($"  leak in {where}: {text[..Math.Min(200, text.Length)]}");
        }

        Assert.Empty(leaks.Select(l => $"{l.Where}: {l.Text[..Math.Min(300, l.Text.Length)]}"));
    }

    private static bool Leaks(string text) =>
        text.Contains(SentinelId, StringComparison.OrdinalIgnoreCase)
        || text.Contains("SentinelName", StringComparison.OrdinalIgnoreCase)
        || text.Contains("王小明", StringComparison.Ordinal)
        || BirthForms.Any(f => text.Contains(f, StringComparison.Ordinal));

    /// <summary>The sentinel for a personal parameter (key, birth date, name-like text), or null for other parameters.</summary>
    private static object? Sentinel(ParameterInfo p)
    {
        var name = p.Name!.ToUpperInvariant();
        if (p.ParameterType == typeof(string) && ((name == "ID" && p.Member.DeclaringType == typeof(Worker)) || name.EndsWith("WORKERID", StringComparison.Ordinal)))
        {
            return SentinelId;
        }

        if (p.ParameterType == typeof(string) && (name is "NAME" or "FULLNAME" or "REASON" or "TEXT" || name.EndsWith("PERSONNAME", StringComparison.Ordinal)))
        {
            return SentinelText;
        }

        return (p.ParameterType == typeof(DateOnly) || p.ParameterType == typeof(DateOnly?)) && name == "BIRTHDATE" ? SentinelBirth : null;
    }

    /// <summary>The fact with sentinels in its optional free-text fields (job title, unit, symptoms, basic data).</summary>
    private static object WithSentinels(object fact) => fact switch
    {
        Worker w => new Worker(w.Id, SentinelBirth, w.Sex, w.HireDate) { JobTitle = SentinelText, Unit = SentinelText },
        NmqQuestionnaire q => q with
        {
            OtherSymptoms = SentinelText,
            BasicData = new NmqBasicData { Unit = SentinelText, JobTitle = SentinelText, JobContent = SentinelText, Age = 40 },
        },
        _ => fact,
    };
}
