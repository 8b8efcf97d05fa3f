using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace OshRules.Benchmarks;

/// <summary>
/// Three launches of the default job, for the facade's per-worker comparison: on the 2-core virtual machines one process
/// can run every iteration up to about 40 % slower than the next process of the same build (the host's load, and what
/// tiered compilation made of the hot paths in that process), so a mean over one launch judges a runtime by one process.
/// Each benchmark's mean is taken over its three processes. Adds no job under <c>--quick</c>, whose dry job then runs
/// alone.
/// </summary>
public sealed class SeveralLaunchesConfig : ManualConfig
{
    /// <summary>The number of processes each benchmark is measured in.</summary>
    public const int Launches = 3;

    /// <summary>The job, unless in smoke mode.</summary>
    public SeveralLaunchesConfig()
    {
        if (!QuickMode.IsOn)
        {
            AddJob(Job.Default.WithLaunchCount(Launches).WithId("ThreeLaunches"));
        }
    }
}
