using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// A rule set's logger and instruments (<see cref="OshDiagnostics"/>). With no listener and no logger each call costs a
/// check of a flag: the per-case timing is taken only while the duration histogram is listened to.
/// </summary>
internal sealed class OshTelemetry
{
    public const string NoFamily = "none";

    private static readonly string? Version = typeof(OshTelemetry).Assembly.GetName().Version?.ToString();
    private static readonly Meter SharedMeter = new(OshDiagnostics.Name, Version);
    private static readonly ConcurrentDictionary<Type, string> FamilyOfType = new();

    // Per-case times are tens of microseconds to milliseconds: the default buckets (from 5 ms up) would put all in one.
    private static readonly InstrumentAdvice<double> DurationBuckets = new()
    {
        HistogramBucketBoundaries = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    };

    private readonly Counter<long> casesEvaluated;
    private readonly Counter<long> casesFailed;
    private readonly Counter<long> conclusions;
    private readonly Histogram<double> caseDuration;

    public OshTelemetry(ILoggerFactory? loggerFactory, IMeterFactory? meterFactory)
    {
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<OshRuleSet>();
        var meter = meterFactory?.Create(new MeterOptions(OshDiagnostics.Name) { Version = Version }) ?? SharedMeter;
        casesEvaluated = meter.CreateCounter<long>("oshrules.cases.evaluated", "{case}", "Cases evaluated, valid or failed.");
        casesFailed = meter.CreateCounter<long>("oshrules.cases.failed", "{case}", "Cases that carry an error, by error kind and family.");
        conclusions = meter.CreateCounter<long>("oshrules.conclusions", "{conclusion}", "Conclusions produced, by family.");
        caseDuration = meter.CreateHistogram("oshrules.case.duration", "s", "Time to build and evaluate one case.", tags: null, advice: DurationBuckets);
    }

    /// <summary>The source of the roster spans.</summary>
    public static ActivitySource Source { get; } = new(OshDiagnostics.Name, Version);

    public ILogger Logger { get; }

    /// <summary>A timestamp to pass to <see cref="CaseDone"/>, or 0 while nobody listens to the duration.</summary>
    public long CaseStarted() => caseDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Counts a case evaluated, its failure or its conclusions, and its duration.</summary>
    public void CaseDone(OshResult result, long started)
    {
        if (started != 0)
        {
            caseDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        casesEvaluated.Add(1);
        if (result.Error is { } error)
        {
            CaseFailed(error);
        }
        else if (conclusions.Enabled)
        {
            foreach (var c in result.Conclusions)
            {
                conclusions.Add(1, new KeyValuePair<string, object?>("oshrules.family", FamilyOf(c.GetType())));
            }
        }
    }

    /// <summary>Counts a failure that <c>Evaluate</c> raises instead of returning.</summary>
    public void CaseFailed(CaseError error)
    {
        if (casesFailed.Enabled)
        {
            casesFailed.Add(1, new KeyValuePair<string, object?>("oshrules.error.kind", KindName(error.Kind)), new KeyValuePair<string, object?>("oshrules.family", FamilyOfRule(error.Rule)));
        }
    }

    /// <summary>The family a rule id or rule name belongs to, by its prefix (HC-, NMQ-, MAT-, EDU-), or <see cref="NoFamily"/>.</summary>
    public static string FamilyOfRule(string? rule) => rule switch
    {
        null => NoFamily,
        _ when rule.StartsWith("HC-", StringComparison.Ordinal) => Families.HealthExams,
        _ when rule.StartsWith("NMQ-", StringComparison.Ordinal) => Families.Ergonomics,
        _ when rule.StartsWith("MAT-", StringComparison.Ordinal) => Families.MaternalProtection,
        _ when rule.StartsWith("EDU-", StringComparison.Ordinal) => Families.Training,
        _ => NoFamily,
    };

    private static string FamilyOf(Type conclusion) =>
        FamilyOfType.GetOrAdd(conclusion, t => Families.All.FirstOrDefault(f => t.Namespace == "OshRules." + f) ?? NoFamily);

    private static string KindName(CaseErrorKind kind) => kind switch
    {
        CaseErrorKind.InvalidInput => nameof(CaseErrorKind.InvalidInput),
        CaseErrorKind.RuleFailure => nameof(CaseErrorKind.RuleFailure),
        CaseErrorKind.BuildFailure => nameof(CaseErrorKind.BuildFailure),
        CaseErrorKind.EvaluationFailure => nameof(CaseErrorKind.EvaluationFailure),
        _ => "Unknown",
    };
}
