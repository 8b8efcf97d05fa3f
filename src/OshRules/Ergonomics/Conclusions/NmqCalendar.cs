using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// The programme's yearly calendar (計畫實施時程) for one year: the last day of each step. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// NMQ-6: "本計畫計預訂於每年一月底內完成肌肉骨骼傷病之現況調查及分析；預定每年四月底完成肌肉骨骼之主動調查；於每年六月底前完成改善。"
/// Each date is the last day of its month and is included (月底內/前: on or before).
/// </remarks>
/// <param name="Year">The calendar year (年度).</param>
/// <param name="ExistingCaseAnalysisDue">Analysis of existing cases done by (現況調查及分析, 一月底).</param>
/// <param name="ActiveSurveyDue">Active NMQ survey done by (主動調查, 四月底).</param>
/// <param name="ImprovementsDue">Improvements done by (完成改善, 六月底).</param>
/// <param name="Basis">The citations.</param>
public sealed record NmqCalendar(int Year, DateOnly ExistingCaseAnalysisDue, DateOnly ActiveSurveyDue, DateOnly ImprovementsDue, ImmutableArray<Citation> Basis)
{
    private readonly ByElements<ImmutableArray<Citation>> basis = new(Basis.IsDefault ? [] : Basis);

    /// <summary>The citations (法源依據).</summary>
    public ImmutableArray<Citation> Basis { get => basis.Items; init => basis = new(value.IsDefault ? [] : value); }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, ExistingCaseAnalysisDue, ActiveSurveyDue, ImprovementsDue);
}
