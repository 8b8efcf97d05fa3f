using System.Diagnostics;
using OshRules.Evaluation;
using Xunit.Abstractions;

namespace OshRules.Tests.Reliability;

/// <summary>RELIABILITY.md, guarantee 2: a roster never loses a case, whatever the parallelism, and cancels promptly.</summary>
[Trait("Category", "Reliability")]
public sealed class RosterTests(ITestOutputHelper output)
{
    private const int RosterSize = 100_000;

    private static readonly Lazy<string[]> Sequential = new(() =>
        ReliabilityCases.RulesWithFailingRule(1).EvaluateMany(ReliabilityCases.AsOf, Enumerable.Range(0, RosterSize).Select(ReliabilityCases.Case))
            .Select(ReliabilityCases.Signature).ToArray());

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void EvaluateMany_yields_one_result_per_case_in_order(int parallelism)
    {
        var expected = Sequential.Value;
        var rules = ReliabilityCases.RulesWithFailingRule(parallelism);
        var clock = Stopwatch.StartNew();
        EvaluationProgress? last = null;
        var progress = new SynchronousProgress(p => last = p);
        var results = rules.EvaluateMany(ReliabilityCases.AsOf, Enumerable.Range(0, RosterSize).Select(ReliabilityCases.Case), progress).ToList();
        clock.Stop();

        Assert.Equal(RosterSize, results.Count);
        int invalid = 0, failed = 0, mismatched = 0;
        for (var i = 0; i < RosterSize; i++)
        {
            var r = results[i];
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), r.CaseId);
            if (ReliabilityCases.IsInvalid(i))
            {
                invalid++;
                Assert.Equal(CaseErrorKind.InvalidInput, r.Error?.Kind);
                Assert.False(string.IsNullOrEmpty(r.Error!.Field));
            }
            else if (ReliabilityCases.Fails(i))
            {
                failed++;
                Assert.Equal(CaseErrorKind.RuleFailure, r.Error?.Kind);
                Assert.Equal("TEST-1 Failing rule", r.Error!.Rule);
            }
            else
            {
                Assert.True(r.IsValid, r.Error?.Message);
                Assert.NotEmpty(r.Conclusions);
            }

            if (ReliabilityCases.Signature(r) != expected[i])
            {
                mismatched++;
            }
        }

        Assert.Equal(0, mismatched);
        Assert.Equal(RosterSize, last?.CasesDone);
        Assert.Equal(invalid + failed, last?.CasesFailed);
        output.WriteLine($"parallelism {parallelism}: cases in {RosterSize}, results out {results.Count}, invalid {invalid}, rule failures {failed}, " +
                         $"different from sequential {mismatched}, {clock.Elapsed.TotalSeconds:F1} s ({RosterSize / clock.Elapsed.TotalSeconds:F0} cases/s)");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(8, 3)]
    public void Cancelling_stops_promptly_and_keeps_what_was_yielded(int parallelism, int seed)
    {
        var expected = Sequential.Value;
        var random = new Random(seed);
        var cancelAfter = random.Next(1, 20_000);
        var rules = ReliabilityCases.RulesWithFailingRule(parallelism);
        using var cts = new CancellationTokenSource();
        var seen = new List<OshResult>();
        var clock = new Stopwatch();
        var ex = Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var r in rules.EvaluateMany(ReliabilityCases.AsOf, Enumerable.Range(0, RosterSize).Select(ReliabilityCases.Case), cancellationToken: cts.Token))
            {
                seen.Add(r);
                if (seen.Count == cancelAfter)
                {
                    cts.Cancel();
                    clock.Start();
                }
            }
        });
        clock.Stop();

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(cancelAfter, seen.Count); // nothing is yielded once the token is cancelled
        Assert.Equal(seen.Count, seen.Select(r => r.CaseId).Distinct().Count());
        for (var i = 0; i < seen.Count; i++)
        {
            Assert.Equal(expected[i], ReliabilityCases.Signature(seen[i]));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"stopped after {clock.Elapsed}");
        output.WriteLine($"parallelism {parallelism}: cancelled after {cancelAfter} results, {seen.Count - cancelAfter} more yielded, stopped in {clock.Elapsed.TotalMilliseconds:F0} ms, duplicates 0, all equal to the sequential run");
    }

    private sealed class SynchronousProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
