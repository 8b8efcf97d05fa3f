using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-5: the follow-up an exam result requires (健康管理分級與後續處置): the level's measures under §21 and, for a worker
/// the physician finds unable to continue the work, a change of work under 職業安全衛生法 §21. Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker.</param>
/// <param name="ExamDate">The day of the exam.</param>
/// <param name="ExamKind">The kind of exam.</param>
/// <param name="Hazard">For a special exam, its hazard.</param>
/// <param name="Level">For a special exam, the management level; null for general exams.</param>
/// <param name="Actions">The follow-up required.</param>
/// <param name="RulesVersion">The version of 勞工健康保護規則 applied.</param>
/// <param name="PendingAmendment">Set when the evaluation date is on or after 2028-01-01 (the 115.06.26 §21 text, not encoded).</param>
/// <param name="Basis">§21 I–III and/or 職業安全衛生法 §21 I.</param>
public sealed record ManagementFollowUp(
    string SubjectId,
    DateOnly ExamDate,
    ExamKind ExamKind,
    SpecialHazard? Hazard,
    ManagementLevel? Level,
    FollowUpAction Actions,
    LawVersion RulesVersion,
    PendingAmendment? PendingAmendment,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly NotCompared<ExamRecord?> source;

    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>The exam record this conclusion was drawn from (the exam followed up); set by the calculators; not written to JSON, nor compared (<see cref="SourceId"/> is).</summary>
    [JsonIgnore]
    public ExamRecord? Source { get => source.Value; init => source = new(value); }

    /// <summary>The caller's key of <see cref="Source"/> (<see cref="ExamRecord.Id"/>), when it has one; written to JSON.</summary>
    public string? SourceId { get; init; }

    /// <summary>Whether <paramref name="action"/> is required (是否須採取該處置).</summary>
    /// <param name="action">One action.</param>
    /// <returns><see langword="true"/> when required.</returns>
    public bool Requires(FollowUpAction action) => action != FollowUpAction.None && (Actions & action) == action;

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ManagementFollowUp {{ Level = {Level}, Actions = {Actions} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, ExamDate, ExamKind, Hazard, Level, Actions, RulesVersion, HashCode.Combine(PendingAmendment, SourceId));
}
