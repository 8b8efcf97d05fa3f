using OshRules.Common;
using NRules.Fluent.Dsl;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Tests.Evaluation;

namespace OshRules.Tests.Reliability;

/// <summary>Deterministic, cheap cases for roster and concurrency tests, and a signature to compare their results.</summary>
internal static class ReliabilityCases
{
    public static readonly DateOnly AsOf = EvaluationFixtures.AsOf;

    /// <summary>Workers whose key starts with this prefix make <see cref="FailingTestRule"/> throw.</summary>
    public const string FailingPrefix = "BOOM-";

    /// <summary>The facts of case <paramref name="i"/>: a worker and a few facts; every 50th touches all four families.</summary>
    public static IReadOnlyList<object> Facts(int i, string? id = null)
    {
        id ??= $"W-{i:D6}";
        if (i % 50 == 0)
        {
            return EvaluationFixtures.WorkerTouchingAllFamilies(id);
        }

        var birth = new DateOnly(1950, 1, 1).AddDays(i * 37 % 20_000);
        var sex = i % 2 == 0 ? Sex.Female : Sex.Male;
        var hire = birth.AddDays(6_570 + (i % 3_000));
        var facts = new List<object> { new Worker(id, birth, sex, hire) };
        if (i % 3 != 0)
        {
            facts.Add(new ExamRecord(id, ExamKind.PeriodicGeneral, AsOf.AddDays(-(i % 1_500))));
        }

        if (i % 7 == 0)
        {
            facts.Add(new NoiseExposure(id, 70 + (i % 30)));
        }

        return facts;
    }

    /// <summary>A case of the roster: 1 % are invalid (half known invalid, half failing when built), some hit the failing rule.</summary>
    public static OshCase Case(int i)
    {
        var caseId = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (i % 200) switch
        {
            17 => OshCase.Invalid(caseId, new OshValidationException("Roster.BirthDate", "roster", "is not a date")),
            117 => OshCase.Deferred(caseId, () => [new Worker($"W-{i:D6}", DateOnly.MinValue, Sex.Female)]),
            _ when i % 301 == 5 => OshCase.Of(caseId, Facts(i, $"{FailingPrefix}{i:D6}")),
            _ => OshCase.Deferred(caseId, () => Facts(i)),
        };
    }

    public static bool IsInvalid(int i) => i % 200 is 17 or 117;

    public static bool Fails(int i) => !IsInvalid(i) && i % 301 == 5;

    /// <summary>A text that identifies a result: its error, or its conclusions in order.</summary>
    public static string Signature(OshResult r) =>
        r.Error is { } e
            ? $"{r.CaseId} ERROR {e.Kind} {e.Field} {e.Rule} {e.Message}"
            : $"{r.CaseId} {string.Join(" | ", r.Conclusions.Select(c => c.ToString()))} # {string.Join(",", r.Explanations.Select(x => x.RuleName))}";

    /// <summary>The default rules plus <see cref="FailingTestRule"/>.</summary>
    public static OshRuleSet RulesWithFailingRule(int parallelism) =>
        OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = parallelism }, [typeof(FailingTestRule)]);
}

/// <summary>A test-only rule that throws for chosen workers, with their key in its message (as a careless rule might).</summary>
[Name("TEST-1 Failing rule"), Tag("Test")]
public sealed class FailingTestRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Worker worker = default!;
        When().Match(() => worker, w => w.Id.StartsWith(ReliabilityCases.FailingPrefix, StringComparison.Ordinal));
        Then().Do(_ => Fail(worker));
    }

    private static void Fail(Worker worker) =>
        throw new InvalidOperationException($"test rule failed for worker {worker.Id} born {worker.BirthDate:yyyy-MM-dd}");
}
