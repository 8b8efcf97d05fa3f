using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;

[assembly: Config(typeof(OshRules.Benchmarks.OshBenchmarkConfig))]

namespace OshRules.Benchmarks;

/// <summary>
/// The conventions every benchmark class in this project follows, applied to the whole assembly:
/// a <c>[MemoryDiagnoser]</c>, exactly one <c>Baseline = true</c> method (the plain calculator, or hand-written code, that
/// the engine or facade is measured against), so every table reads as Ratio and Alloc Ratio against it; and a GitHub
/// markdown report. Classes that have no calculator to compare with (compiling rules) say so with
/// <see cref="NoCalculatorBaselineAttribute"/>.
/// </summary>
public sealed class OshBenchmarkConfig : ManualConfig
{
    /// <summary>Ratio and Alloc Ratio as plain values, a GitHub markdown report, one table per benchmark class.</summary>
    public OshBenchmarkConfig()
    {
        AddExporter(MarkdownExporter.GitHub);
        AddColumn(BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
    }
}

/// <summary>Marks a benchmark class that has no plain calculator to compare with, and says why.</summary>
/// <param name="reason">Why there is no calculator baseline.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoCalculatorBaselineAttribute(string reason) : Attribute
{
    /// <summary>Why there is no calculator baseline.</summary>
    public string Reason { get; } = reason;
}

/// <summary>Checks the conventions of <see cref="OshBenchmarkConfig"/> before anything runs.</summary>
internal static class BenchmarkConventions
{
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

            var baselines = type.GetMethods().Count(m => m.GetCustomAttribute<BenchmarkAttribute>() is { Baseline: true });
            var exempt = type.GetCustomAttribute<NoCalculatorBaselineAttribute>() is not null;
            if (baselines != 1 && !exempt)
            {
                problems.Add($"{type.Name}: {baselines} Baseline = true methods (want exactly one, the calculator)");
            }

            if (exempt && baselines > 1)
            {
                problems.Add($"{type.Name}: {baselines} Baseline = true methods");
            }
        }

        return problems;
    }
}
