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

    private sealed class SynchronousProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
