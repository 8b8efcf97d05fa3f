using System.Diagnostics;
using OshRules.Evaluation;
using Xunit.Abstractions;

namespace OshRules.Tests.Reliability;

/// <summary>RELIABILITY.md, guarantee 4: one compiled rule set shared by 8 threads gives exactly the sequential results.</summary>
[Trait("Category", "Reliability")]
public sealed class ThreadSafetyTests(ITestOutputHelper output)
{
    private const int Threads = 8;
    private const int CasesPerThread = 10_000;

    [Fact]
    public void One_rule_set_evaluated_from_8_threads_gives_the_sequential_results()
    {
        var rules = OshRuleSet.Create(new OshRulesOptions());
        var facts = Enumerable.Range(0, CasesPerThread).Select(i => ReliabilityCases.Facts(i)).ToArray();
        var expected = facts.Select(f => ReliabilityCases.Signature(rules.Evaluate(ReliabilityCases.AsOf, f))).ToArray();

        var clock = Stopwatch.StartNew();
        using var start = new Barrier(Threads);
        var mismatches = new int[Threads];
        var errors = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (var k = 0; k < CasesPerThread; k++)
                {
                    // Each thread walks the cases from a different starting point, so threads meet on different cases.
                    var i = (k + (t * CasesPerThread / Threads)) % CasesPerThread;
                    if (ReliabilityCases.Signature(rules.Evaluate(ReliabilityCases.AsOf, facts[i])) != expected[i])
                    {
                        mismatches[t]++;
                    }
                }
            }
#pragma warning disable CA1031 // reported below
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors[t] = ex;
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        clock.Stop();
        output.WriteLine($"threads {Threads} x cases {CasesPerThread} = {Threads * CasesPerThread} evaluations, different from sequential {mismatches.Sum()}, exceptions {errors.Count(e => e is not null)}, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.All(errors, e => Assert.Null(e));
        Assert.Equal(0, mismatches.Sum());
    }
}
