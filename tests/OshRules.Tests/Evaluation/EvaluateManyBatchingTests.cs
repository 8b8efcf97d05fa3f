using OshRules.Evaluation;
using OshRules.Law;

namespace OshRules.Tests.Evaluation;

/// <summary>EvaluateMany over rosters longer than one batch: order, errors, progress, laziness.</summary>
public sealed class EvaluateManyBatchingTests
{
    private const int Cases = 300;

    private static IEnumerable<OshCase> Roster(Action? onPull = null)
    {
        for (var i = 0; i < Cases; i++)
        {
            onPull?.Invoke();
            var id = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return i % 50 == 7
                ? OshCase.Invalid(id, new OshValidationException("Worker.BirthDate", "HC-2", "unreadable date"))
                : OshCase.Of(id, EvaluationFixtures.WorkerTouchingAllFamilies("W-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Results_keep_the_roster_order_across_batches_and_match_one_by_one_evaluation()
    {
        var parallel = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 2 });
        var reports = new List<EvaluationProgress>();
        var results = parallel.EvaluateMany(EvaluationFixtures.AsOf, Roster(), new SynchronousProgress(reports.Add)).ToList();

        Assert.Equal(Roster().Select(c => c.CaseId), results.Select(r => r.CaseId));
        var expectedFailures = Roster().Count(c => c.Error is not null);
        Assert.Equal(expectedFailures, results.Count(r => !r.IsValid));
        Assert.All(results.Where(r => !r.IsValid), r => Assert.Equal("Worker.BirthDate", r.Error!.Field));
        var single = parallel.Evaluate(EvaluationFixtures.AsOf, EvaluationFixtures.WorkerTouchingAllFamilies("W-0"));
        Assert.NotEmpty(single.Conclusions);
        Assert.All(results.Where(r => r.IsValid), r => Assert.Equal(
            single.Conclusions.Select(c => c.GetType().Name),
            r.Conclusions.Select(c => c.GetType().Name)));
        Assert.Equal(new EvaluationProgress(Cases, expectedFailures), reports[^1]);
        Assert.True(reports.Count > 1, "progress is reported once per batch");
        Assert.Equal(reports.OrderBy(p => p.CasesDone), reports);
    }

    [Fact]
    public void The_roster_is_pulled_lazily_a_batch_at_a_time()
    {
        var pulled = 0;
        using var results = OshRuleSet.CreateDefault().EvaluateMany(EvaluationFixtures.AsOf, Roster(() => pulled++)).GetEnumerator();

        Assert.Equal(0, pulled);
        Assert.True(results.MoveNext());
        Assert.InRange(pulled, 1, Cases / 2);
    }

    [Fact]
    public void A_caller_that_stops_early_leaves_no_case_being_evaluated()
    {
        // On two cores a batch is evaluated in the background while the caller takes the results of the one before; when
        // the caller stops, that evaluation is waited for, so no case of the roster runs after the enumerator is disposed.
        var disposed = false;
        using var lateCase = new ManualResetEventSlim();
        var built = 0;
        var cases = Enumerable.Range(0, Cases).Select(i => OshCase.Deferred("C" + i, () =>
        {
            Interlocked.Increment(ref built);
            if (Volatile.Read(ref disposed))
            {
                lateCase.Set();
            }

            Thread.Sleep(1);
            return EvaluationFixtures.WorkerTouchingAllFamilies("W-" + i);
        }));
        var parallel = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 2 });

        using (var results = parallel.EvaluateMany(EvaluationFixtures.AsOf, cases).GetEnumerator())
        {
            Assert.True(results.MoveNext());
        }

        Volatile.Write(ref disposed, true);

        // A starved thread pool may start a leaked evaluation late: wait long enough for it to show.
        Assert.False(lateCase.Wait(TimeSpan.FromSeconds(1.5)), "a case was evaluated after the enumerator was disposed");
        Assert.InRange(Volatile.Read(ref built), 1, Cases / 2);
    }

    [Fact]
    public void Cancelling_while_a_batch_is_evaluated_in_the_background_hands_out_nothing_more()
    {
        using var cancel = new CancellationTokenSource();
        var parallel = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 2 });
        var taken = new List<OshResult>();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var result in parallel.EvaluateMany(EvaluationFixtures.AsOf, Roster(), cancellationToken: cancel.Token))
            {
                taken.Add(result);
                if (taken.Count == 70)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.Equal(70, taken.Count);
        Assert.Equal(Roster().Take(70).Select(c => c.CaseId), taken.Select(r => r.CaseId));
    }

    private sealed class SynchronousProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
