using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OshRules.Benchmarks.Measure;

namespace OshRules.Benchmarks;

/// <summary>
/// <c>-- --filter *</c> (any BenchmarkDotNet arguments), <c>-- --quick</c> (a dry smoke job over every benchmark),
/// <c>-- --measure [--only workload]</c> (the workloads of the targets on both runtimes with a Stopwatch, one child
/// process each), <c>-- --stages [engine|nrules] [workers] [rounds]</c> (one worker through the facade, step by step; a
/// few hundred workers stay in the caches, as BenchmarkDotNet's do, and need over a thousand rounds for the code to
/// settle).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--measure-one", var workload, var runtime, var n])
        {
            return MeasureRunner.RunOne(workload, runtime, n);
        }

        var violations = BenchmarkConventions.Violations(typeof(Program).Assembly);
        if (violations.Count > 0)
        {
            Console.Error.WriteLine("Benchmark conventions broken:");
            foreach (var v in violations)
            {
                Console.Error.WriteLine("  " + v);
            }

            return 2;
        }

        if (args is ["--stages", ..])
        {
            return StageProfile.Run(args);
        }

        if (args.Contains("--measure"))
        {
            return MeasureRunner.RunAll(args);
        }

        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (args.Contains("--quick"))
        {
            // One iteration, no pilot, in this process (nothing to build), the sizes cut to at most 1,000: proves every
            // benchmark runs.
            QuickMode.Enable();
            var rest = args.Where(a => a != "--quick").ToArray();
            var quick = DefaultConfig.Instance.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));
            switcher.Run(rest.Length == 0 ? ["--filter", "*"] : rest, quick);
            return 0;
        }

        switcher.Run(args);
        return 0;
    }
}
