using System.Globalization;
using System.Runtime.CompilerServices;
using OshRules.Evaluation;
using OshRules.Law;
using OshRules.Tests.Reliability;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// <see cref="OshRuleSet.EvaluateManyAsync"/> keeps the guarantees of <see cref="OshRuleSet.EvaluateMany"/>: every case
/// out in input order, per-case errors, the caller's enumeration failure after the cases before it, nothing after
/// cancellation.
/// </summary>
public sealed class EvaluateManyAsyncTests
{
    private const int RosterSize = 2_000;

    private static readonly DateOnly AsOf = EvaluationFixtures.AsOf;

    /// <summary>The reliability roster read asynchronously; every <paramref name="slowEvery"/>th case waits on a timer, as a database would.</summary>
    private static async IAsyncEnumerable<OshCase> RosterAsync(int size, int slowEvery, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < size; i++)
        {
            if (i % slowEvery == 0)
            {
                await Task.Delay(1, cancellationToken);
            }
            else if (i % 7 == 0)
            {
                await Task.Yield();
            }

            yield return ReliabilityCases.Case(i);
        }
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 97)]
    [InlineData(8, 10)]
    public async Task The_async_roster_gives_the_sequential_results_in_order(int parallelism, int slowEvery)
    {
        var expected = ReliabilityCases.RulesWithFailingRule(1).EvaluateMany(AsOf, Enumerable.Range(0, RosterSize).Select(ReliabilityCases.Case))
            .Select(ReliabilityCases.Signature).ToList();
        var rules = ReliabilityCases.RulesWithFailingRule(parallelism);
        EvaluationProgress? last = null;

        var actual = new List<string>();
        await foreach (var r in rules.EvaluateManyAsync(AsOf, RosterAsync(RosterSize, slowEvery), new SynchronousProgress(p => last = p)))
        {
            actual.Add(ReliabilityCases.Signature(r));
        }

        Assert.Equal(expected, actual);
        Assert.Equal(RosterSize, last?.CasesDone);
        Assert.Equal(expected.Count(s => s.Contains(" ERROR ", StringComparison.Ordinal)), last?.CasesFailed);
    }

    [Fact]
    public async Task A_deferred_builder_throwing_is_its_case_error()
    {
        static async IAsyncEnumerable<OshCase> Cases()
        {
            await Task.Yield();
            yield return OshCase.Of("0", ReliabilityCases.Facts(1));
            yield return OshCase.Deferred("1", () => throw new FormatException("bad cell"));
            yield return OshCase.Of("2", ReliabilityCases.Facts(2));
        }

        var results = await ToListAsync(OshRuleSet.CreateDefault().EvaluateManyAsync(AsOf, Cases()));

        Assert.Equal(["0", "1", "2"], results.Select(r => r.CaseId));
        Assert.Equal((CaseErrorKind.BuildFailure, "System.FormatException"), (results[1].Error!.Kind, results[1].Error!.ExceptionType));
        Assert.True(results[0].IsValid && results[2].IsValid);
    }

    [Fact]
    public async Task An_exception_of_the_source_ends_the_roster_after_the_cases_read_before_it()
    {
        static async IAsyncEnumerable<OshCase> Cases()
        {
            for (var i = 0; i < 70; i++)
            {
                await Task.Yield();
                yield return OshCase.Of(i.ToString(CultureInfo.InvariantCulture), ReliabilityCases.Facts(i + 1));
            }

            throw new IOException("connection lost");
        }

        var seen = new List<OshResult>();
        var ex = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var r in OshRuleSet.CreateDefault().EvaluateManyAsync(AsOf, Cases()))
            {
                seen.Add(r);
            }
        });

        Assert.Equal("connection lost", ex.Message);
        Assert.Equal(70, seen.Count);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(8, 64, false)]
    [InlineData(8, 130, true)]
    public async Task No_result_is_yielded_after_the_token_is_cancelled(int parallelism, int cancelAfter, bool throughWithCancellation)
    {
        var rules = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = parallelism });
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var results = throughWithCancellation
            ? rules.EvaluateManyAsync(AsOf, RosterAsync(RosterSize, 50)).WithCancellation(cts.Token)
            : rules.EvaluateManyAsync(AsOf, RosterAsync(RosterSize, 50), cancellationToken: cts.Token).WithCancellation(CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in results)
            {
                if (++seen == cancelAfter)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(cancelAfter, seen);
    }

    [Fact]
    public async Task The_cases_in_hand_are_evaluated_while_the_source_waits()
    {
        // The source hands out three cases and then waits until the first result has arrived: a roster that evaluated
        // only full batches would wait for ever (here: ten seconds, then the source fails).
        var firstResult = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async IAsyncEnumerable<OshCase> Cases()
        {
            for (var i = 0; i < 6; i++)
            {
                if (i == 3)
                {
                    await firstResult.Task.WaitAsync(TimeSpan.FromSeconds(10));
                }

                yield return OshCase.Of(i.ToString(CultureInfo.InvariantCulture), ReliabilityCases.Facts(i + 1));
            }
        }

        var seen = new List<string>();
        await foreach (var r in OshRuleSet.CreateDefault().EvaluateManyAsync(AsOf, Cases()))
        {
            seen.Add(r.CaseId);
            firstResult.TrySetResult();
        }

        Assert.Equal(["0", "1", "2", "3", "4", "5"], seen);
    }

    [Fact]
    public void An_uncovered_date_is_refused_when_called()
    {
        var ex = Assert.Throws<OshValidationException>(() => OshRuleSet.CreateDefault().EvaluateManyAsync(new DateOnly(2020, 6, 1), RosterAsync(10, 5)));

        Assert.Equal("asOf", ex.Field);
    }

    [Fact]
    public void Evaluate_with_a_cancelled_token_evaluates_nothing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => OshRuleSet.CreateDefault().Evaluate(AsOf, EvaluationFixtures.WorkerTouchingAllFamilies(), cts.Token));
        Assert.True(OshRuleSet.CreateDefault().Evaluate(AsOf, EvaluationFixtures.WorkerTouchingAllFamilies(), CancellationToken.None).IsValid);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class SynchronousProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
