using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;

[assembly: Config(typeof(OshRules.Benchmarks.OshBenchmarkConfig))]

namespace OshRules.Benchmarks;

/// <summary>
/// The conventions every benchmark class in this project follows, applied to the whole assembly: a
/// <c>[MemoryDiagnoser]</c>; both runtimes measured in the same run, by a method named
/// <see cref="BenchmarkConventions.EngineMethod"/> and one named <see cref="BenchmarkConventions.NRulesMethod"/>; exactly
/// one <c>Baseline = true</c> method, which is NRules' runtime where the comparison is engine against NRules, and the
/// plain calculators where it is rules against calculators. Ratios read as "n× faster / slower" than the baseline, and
/// a <see cref="VersusNRulesColumn"/> gives the speed-up over NRules where the baseline is the calculators. A class that
/// cannot run on NRules' runtime says why with <see cref="EngineOnlyAttribute"/>.
/// </summary>
public sealed class OshBenchmarkConfig : ManualConfig
{
    // Building the generated benchmark project takes minutes on a loaded 2-core machine (BenchmarkDotNet's default
    // limit is 2 minutes).
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromMinutes(15);

    /// <summary>Ratio as a trend, Alloc Ratio, the speed-up over NRules (by mean, median and fastest iteration), a GitHub
    /// markdown report.</summary>
    public OshBenchmarkConfig()
    {
        BuildTimeout = BuildTimeLimit;
        AddExporter(MarkdownExporter.GitHub);
        AddColumn(BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean, new VersusNRulesColumn(),
            new VersusNRulesColumn(VersusNRulesColumn.By.Median), new VersusNRulesColumn(VersusNRulesColumn.By.Minimum));
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }
}

/// <summary>Marks a benchmark class measured on OshRules.Engine alone, and says why NRules' runtime is left out.</summary>
/// <param name="reason">Why NRules' runtime is not measured.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EngineOnlyAttribute(string reason) : Attribute
{
    /// <summary>Why NRules' runtime is not measured.</summary>
    public string Reason { get; } = reason;
}

/// <summary>Checks the conventions of <see cref="OshBenchmarkConfig"/> before anything runs.</summary>
internal static class BenchmarkConventions
{
    /// <summary>The name of the method that measures OshRules.Engine.</summary>
    public const string EngineMethod = "OnOshRulesEngine";

    /// <summary>The name of the method that measures NRules' own runtime.</summary>
    public const string NRulesMethod = "OnNRules";

    /// <summary>The benchmark classes of the assembly.</summary>
    public static IEnumerable<Type> BenchmarkClasses(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
            && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null));

    /// <summary>Every class breaking a convention, with what is wrong.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly)
    {
        var problems = new List<string>();
        foreach (var type in BenchmarkClasses(assembly))
        {
            if (type.GetCustomAttribute<MemoryDiagnoserAttribute>() is null)
            {
                problems.Add($"{type.Name}: no [MemoryDiagnoser]");
            }

            var benchmarks = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToList();
            var baselines = benchmarks.Count(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
            if (baselines != 1)
            {
                problems.Add($"{type.Name}: {baselines} Baseline = true methods (want exactly one: NRules' runtime or the calculators)");
            }

            var engineOnly = type.GetCustomAttribute<EngineOnlyAttribute>() is not null;
            var names = benchmarks.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            if (!engineOnly && !(names.Contains(EngineMethod) && names.Contains(NRulesMethod)))
            {
                problems.Add($"{type.Name}: wants both {EngineMethod} and {NRulesMethod}, or [EngineOnly(\"why\")]");
            }

            if (engineOnly && names.Contains(NRulesMethod))
            {
                problems.Add($"{type.Name}: [EngineOnly] but has {NRulesMethod}");
            }
        }

        return problems;
    }
}
