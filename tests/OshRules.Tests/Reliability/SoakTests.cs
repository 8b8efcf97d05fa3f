using System.Diagnostics;
using OshRules.Evaluation;
using Xunit.Abstractions;

namespace OshRules.Tests.Reliability;

/// <summary>RELIABILITY.md, guarantee 5: a soak of 1,000,000 cases (run with <c>OSHRULES_SOAK=1</c>).</summary>
[Trait("Category", "Reliability")]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int Cases = 1_000_000;

    [SoakFact]
    public void A_million_cases_stream_through_without_loss_or_growth()
    {
        var rules = ReliabilityCases.RulesWithFailingRule(Environment.ProcessorCount);
        var clock = Stopwatch.StartNew();
        long count = 0, invalid = 0, failed = 0, outOfOrder = 0, peak = 0;
        long afterWarmUp = 0;
        foreach (var r in rules.EvaluateMany(ReliabilityCases.AsOf, Enumerable.Range(0, Cases).Select(ReliabilityCases.Case)))
        {
            var i = (int)count;
            if (r.CaseId != i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                outOfOrder++;
            }

            if (ReliabilityCases.IsInvalid(i) != (r.Error?.Kind == CaseErrorKind.InvalidInput) || ReliabilityCases.Fails(i) != (r.Error?.Kind == CaseErrorKind.RuleFailure))
            {
                failed++;
            }

            invalid += r.IsValid ? 0 : 1;
            count++;
            if (count % 100_000 == 0)
            {
                var memory = GC.GetTotalMemory(forceFullCollection: true);
                afterWarmUp = count == 100_000 ? memory : afterWarmUp;
                peak = Math.Max(peak, memory);
            }
        }

        clock.Stop();
        output.WriteLine($"cases {Cases}, results {count}, with errors {invalid}, wrong outcome {failed}, out of order {outOfOrder}, " +
                         $"{clock.Elapsed.TotalSeconds:F0} s ({count / clock.Elapsed.TotalSeconds:F0} cases/s), managed heap after 100k {afterWarmUp / 1_048_576} MiB, peak {peak / 1_048_576} MiB");
        Assert.Equal(Cases, count);
        Assert.Equal(0, outOfOrder);
        Assert.Equal(0, failed);
        Assert.True(peak < afterWarmUp + (64L * 1_048_576), "managed heap grew by more than 64 MiB after warm-up");
    }
}
