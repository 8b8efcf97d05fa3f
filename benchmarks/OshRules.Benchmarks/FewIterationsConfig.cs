using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace OshRules.Benchmarks;

/// <summary>
/// One launch, one warm-up and five iterations: for classes where NRules' runtime takes seconds per operation, so a
/// default job would take the better part of an hour. Five rather than three, so that one disturbed iteration moves a
/// mean by a fifth of its excess, not a third, and BenchmarkDotNet can tell it for an outlier. Adds no job under <c>--quick</c>, whose dry job then runs alone.
/// </summary>
public sealed class FewIterationsConfig : ManualConfig
{
    /// <summary>The job, unless in smoke mode.</summary>
    public FewIterationsConfig()
    {
        if (!QuickMode.IsOn)
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("FewIterations"));
        }
    }
}
