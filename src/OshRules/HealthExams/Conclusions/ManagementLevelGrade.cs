using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-5: the management level the physician's findings on a special exam grade, §21 I (健康管理分級判定): level 1 when
/// not abnormal overall; 2, 3 or 4 when abnormal and unrelated to work, of undetermined relation, or related.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>Its follow-up is a <see cref="ManagementFollowUp"/> drawn from it, as for a level given by hand.</remarks>
/// <param name="SubjectId">The worker.</param>
/// <param name="ExamDate">The day of the exam.</param>
/// <param name="ExamKind">The kind of exam (a special one).</param>
/// <param name="Hazard">The hazard of the exam.</param>
/// <param name="Findings">The physician's findings graded.</param>
/// <param name="Level">The level they grade.</param>
/// <param name="RulesVersion">The version of 勞工健康保護規則 applied.</param>
/// <param name="PendingAmendment">Set when the evaluation date is on or after 2028-01-01 (the 115.06.26 text of §21, not encoded).</param>
/// <param name="Basis">§21 I.</param>
public sealed record ManagementLevelGrade(
    string SubjectId,
    DateOnly ExamDate,
    ExamKind ExamKind,
    SpecialHazard? Hazard,
    ExamFindings Findings,
    ManagementLevel Level,
    LawVersion RulesVersion,
    PendingAmendment? PendingAmendment,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    private readonly NotCompared<ExamRecord?> source;

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>The exam graded (所判定之檢查紀錄), when the grade was drawn from one; not written to JSON, nor compared (<see cref="SourceId"/> is).</summary>
    [JsonIgnore]
    public ExamRecord? Source { get => source.Value; init => source = new(value); }

    /// <summary>The caller's key of <see cref="Source"/> (<see cref="ExamRecord.Id"/>), when it has one; written to JSON.</summary>
    public string? SourceId { get; init; }

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ManagementLevelGrade {{ Level = {Level} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, ExamDate, ExamKind, Hazard, Findings, Level, RulesVersion, HashCode.Combine(PendingAmendment, SourceId));
}
