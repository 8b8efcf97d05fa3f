using System.Globalization;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.Tests.Evaluation;

namespace OshRules.Tests.Reliability;

/// <summary>
/// Every failure of a case is that case's error, whatever throws and wherever: the builder of a deferred case, the
/// validation of its facts, a rule. Only the caller's own enumeration of cases ends a roster, and a cancelled roster
/// yields nothing more.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class CaseFailureTests
{
    private static readonly DateOnly AsOf = EvaluationFixtures.AsOf;

    private static OshCase Valid(int i) =>
        OshCase.Of(i.ToString(CultureInfo.InvariantCulture), ReliabilityCases.Facts(i + 1));

    private static IEnumerable<OshCase> RosterWithFailingBuilderAt(int size, int failingAt, Func<Exception> failure) =>
        Enumerable.Range(0, size).Select(i => i == failingAt
            ? OshCase.Deferred(i.ToString(CultureInfo.InvariantCulture), () => throw failure())
            : Valid(i));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void A_deferred_builder_throwing_any_exception_is_its_case_error_and_the_roster_goes_on(int parallelism)
    {
        var rules = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = parallelism });

        var results = rules.EvaluateMany(AsOf, RosterWithFailingBuilderAt(1_000, 500, () => new FormatException("bad cell"))).ToList();

        Assert.Equal(1_000, results.Count);
        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => i.ToString(CultureInfo.InvariantCulture)), results.Select(r => r.CaseId));
        var error = results[500].Error;
        Assert.Equal(new CaseError(CaseErrorKind.BuildFailure, null, null, "The case's facts could not be built: FormatException.") { ExceptionType = "System.FormatException" }, error);
        Assert.All(results.Where((_, i) => i != 500), r => Assert.True(r.IsValid, r.Error?.Message));
    }

    [Fact]
    public void The_builders_own_message_never_reaches_the_case_error()
    {
        // A builder's message may quote the row it read (a name, a birth date): only its type is kept.
        var result = OshRuleSet.CreateDefault().EvaluateMany(AsOf, [OshCase.Deferred("1", () => throw new InvalidOperationException("row of 王小明 born 1977-07-17"))]).Single();

        Assert.Equal(CaseErrorKind.BuildFailure, result.Error!.Kind);
        Assert.Equal("System.InvalidOperationException", result.Error.ExceptionType);
        Assert.DoesNotContain("王小明", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1977", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validation_error_and_a_rule_failure_record_their_exception_types()
    {
        var rules = ReliabilityCases.RulesWithFailingRule(1);
        OshCase[] cases =
        [
            OshCase.Deferred("invalid", () => [new Worker("W-1", DateOnly.MinValue, Sex.Male)]),
            OshCase.Of("failing", ReliabilityCases.Facts(1, ReliabilityCases.FailingPrefix + "1")),
        ];

        var results = rules.EvaluateMany(AsOf, cases).ToList();

        Assert.Equal(new CaseError(CaseErrorKind.InvalidInput, "Worker.BirthDate", "worker identity", "Worker.BirthDate: must lie between 1900-01-01 and 2199-12-31 (rule worker identity).")
        {
            ExceptionType = "OshRules.Law.OshValidationException",
        }, results[0].Error);
        Assert.Equal(CaseErrorKind.RuleFailure, results[1].Error!.Kind);
        Assert.Equal("TEST-1 Failing rule", results[1].Error!.Rule);
        Assert.Equal("System.InvalidOperationException", results[1].Error!.ExceptionType);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void An_exception_of_the_callers_enumeration_ends_the_roster_after_the_cases_read_before_it(int parallelism)
    {
        var rules = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = parallelism });
        IEnumerable<OshCase> Roster()
        {
            for (var i = 0; i < 100; i++)
            {
                yield return Valid(i);
            }

            throw new IOException("the roster file went away");
        }

        var seen = new List<OshResult>();
        var ex = Assert.Throws<IOException>(() =>
        {
            foreach (var r in rules.EvaluateMany(AsOf, Roster()))
            {
                seen.Add(r);
            }
        });

        Assert.Equal("the roster file went away", ex.Message);
        Assert.Equal(100, seen.Count);
        Assert.All(seen, r => Assert.True(r.IsValid));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 63)]
    [InlineData(8, 64)]
    [InlineData(8, 100)]
    public void No_result_is_yielded_after_the_token_is_cancelled(int parallelism, int cancelAfter)
    {
        var rules = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = parallelism });
        using var cts = new CancellationTokenSource();
        var seen = 0;

        var ex = Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in rules.EvaluateMany(AsOf, Enumerable.Range(0, 1_000).Select(Valid), cancellationToken: cts.Token))
            {
                if (++seen == cancelAfter)
                {
                    cts.Cancel();
                }
            }
        });

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(cancelAfter, seen);
    }

    [Fact]
    public void A_rule_refusing_its_input_and_a_null_fact_are_invalid_input_not_failures()
    {
        OshCase[] cases =
        [
            OshCase.Of("null", [new Worker("W-1", new DateOnly(1980, 1, 1), Sex.Male), null!]),
            OshCase.Of("later-exam", [new Worker("W-2", new DateOnly(1980, 1, 1), Sex.Male, new DateOnly(2000, 1, 1)), new ExamRecord("W-2", ExamKind.PeriodicGeneral, AsOf.AddDays(1))]),
        ];

        var results = OshRuleSet.CreateDefault().EvaluateMany(AsOf, cases).ToList();

        Assert.Equal(new CaseError(CaseErrorKind.InvalidInput, "facts[1]", null, "facts[1]: a fact is null."), results[0].Error);
        Assert.Equal(CaseErrorKind.InvalidInput, results[1].Error!.Kind);
        Assert.Equal("ExamRecord.Date", results[1].Error!.Field);
    }
}
