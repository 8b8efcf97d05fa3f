using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OshRules.Benchmarks;

/// <summary>
/// "vs NRules": how many times faster a row is than the <see cref="BenchmarkConventions.NRulesMethod"/> row of the same
/// class, parameters and job, measured in the same run, by the mean times; "vs NRules (median)" the same by the median
/// times, which a burst of slow iterations (a busy host, on these virtual machines) moves less than the mean. Shown
/// only in tables whose baseline is the calculators: where NRules is the baseline, the Ratio column already says it.
/// </summary>
/// <param name="byMedian">Whether the column compares median times instead of mean times.</param>
internal sealed class VersusNRulesColumn(bool byMedian = false) : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(VersusNRulesColumn) + (byMedian ? ".Median" : string.Empty);

    /// <inheritdoc/>
    public string ColumnName => byMedian ? "vs NRules (median)" : "vs NRules";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Baseline;

    /// <inheritdoc/>
    public int PriorityInCategory => byMedian ? 11 : 10;

    /// <inheritdoc/>
    public bool IsNumeric => false;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => byMedian
        ? "Median time of NRules' runtime (OnNRules, same parameters) over this row's median time"
        : "Mean time of NRules' runtime (OnNRules, same parameters) over this row's mean time";

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

    private double Time(BenchmarkDotNet.Mathematics.Statistics statistics) => byMedian ? statistics.Median : statistics.Mean;

    private static bool IsNRules(BenchmarkCase c) => c.Descriptor.WorkloadMethod.Name == BenchmarkConventions.NRulesMethod;
}
