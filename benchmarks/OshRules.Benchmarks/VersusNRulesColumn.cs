using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OshRules.Benchmarks;

/// <summary>
/// "vs NRules": how many times faster a row is than the <see cref="BenchmarkConventions.NRulesMethod"/> row of the same
/// class, parameters and job, measured in the same run, by the mean times; "vs NRules (median)" the same by the median
/// times, which a burst of slow iterations (a busy host, on these virtual machines) moves less than the mean;
/// "vs NRules (min)" by the fastest iteration of each, the cost with the least interference: a disturbance on these
/// machines can slow a whole process for minutes, which moves the median too, but only ever adds time. Shown only in
/// tables whose baseline is the calculators: where NRules is the baseline, the Ratio column already says it.
/// </summary>
/// <param name="statistic">Which statistic of the two rows' iteration times the column compares.</param>
internal sealed class VersusNRulesColumn(VersusNRulesColumn.By statistic = VersusNRulesColumn.By.Mean) : IColumn
{
    /// <summary>The statistic of the iteration times a <see cref="VersusNRulesColumn"/> compares.</summary>
    internal enum By
    {
        /// <summary>The mean iteration time, as BenchmarkDotNet's Mean column.</summary>
        Mean,

        /// <summary>The median iteration time.</summary>
        Median,

        /// <summary>The fastest iteration.</summary>
        Minimum,
    }

    /// <inheritdoc/>
    public string Id => nameof(VersusNRulesColumn) + (statistic == By.Mean ? string.Empty : "." + statistic);

    /// <inheritdoc/>
    public string ColumnName => statistic switch
    {
        By.Median => "vs NRules (median)",
        By.Minimum => "vs NRules (min)",
        _ => "vs NRules",
    };

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Baseline;

    /// <inheritdoc/>
    public int PriorityInCategory => 10 + (int)statistic;

    /// <inheritdoc/>
    public bool IsNumeric => false;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => statistic switch
    {
        By.Median => "Median time of NRules' runtime (OnNRules, same parameters) over this row's median time",
        By.Minimum => "Fastest iteration of NRules' runtime (OnNRules, same parameters) over this row's fastest iteration",
        _ => "Mean time of NRules' runtime (OnNRules, same parameters) over this row's mean time",
    };

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => IsNRules(c) && !c.Descriptor.Baseline);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var reference = summary.BenchmarksCases.FirstOrDefault(c => IsNRules(c) && !c.Descriptor.Baseline
            && c.Descriptor.Type == benchmarkCase.Descriptor.Type
            && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo
            && c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
        var theirs = reference is null ? null : summary[reference]?.ResultStatistics;
        var mine = summary[benchmarkCase]?.ResultStatistics;
        if (reference is null || ReferenceEquals(reference, benchmarkCase) || theirs is null || mine is null || Time(mine) <= 0)
        {
            return "-";
        }

        var ratio = Time(theirs) / Time(mine);
        return ratio >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{ratio:N2}x faster")
            : string.Create(CultureInfo.InvariantCulture, $"{1 / ratio:N2}x slower");
    }

    private double Time(BenchmarkDotNet.Mathematics.Statistics statistics) => statistic switch
    {
        By.Median => statistics.Median,
        By.Minimum => statistics.Min,
        _ => statistics.Mean,
    };

    private static bool IsNRules(BenchmarkCase c) => c.Descriptor.WorkloadMethod.Name == BenchmarkConventions.NRulesMethod;
}
