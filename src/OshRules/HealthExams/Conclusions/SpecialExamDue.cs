using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-4: a special examination due for one hazard of special hazardous work (特殊體格檢查或特殊健康檢查到期):
/// the special physical exam before the work starts, then the special health exam every year.
/// Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker.</param>
/// <param name="Hazard">The hazard.</param>
/// <param name="Kind"><see cref="ExamKind.SpecialPhysical"/> before the work, or <see cref="ExamKind.SpecialPeriodic"/> after.</param>
/// <param name="LastExam">The last special exam for the hazard, or null.</param>
/// <param name="DueDate">The last day on which the exam is in time.</param>
/// <param name="Status">Where the requirement stands on the evaluation date (HC-7).</param>
/// <param name="Counting">The counting policy applied.</param>
/// <param name="RulesVersion">The version of 勞工健康保護規則 applied.</param>
/// <param name="PendingAmendment">Set when the evaluation or due date is on or after 2026-07-01 (the 115.06.26 text of §2 and §16, and from 2028-01-01 of §18 and 附表一, not encoded).</param>
/// <param name="Basis">§16 I (special physical) or §18 I (special periodic).</param>
public sealed record SpecialExamDue(
    string SubjectId,
    SpecialHazard Hazard,
    ExamKind Kind,
    DateOnly? LastExam,
    DateOnly DueDate,
    ExamStatus Status,
    DueDateCounting Counting,
    LawVersion RulesVersion,
    PendingAmendment? PendingAmendment,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly NotCompared<object?> source;

    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>
    /// The first day of the special hazardous work the exam is for (開始從事日): the assignment's, or the one the
    /// measurements imply (<see cref="HealthExamCalculator.SpecialWorkFromMeasurements"/>).
    /// </summary>
    public DateOnly? WorkSince { get; init; }

    /// <summary>
    /// The input fact the work came from (作業來源): the <see cref="SpecialHazardAssignment"/>, or the deciding
    /// <see cref="NoiseMeasurement"/> or <see cref="MixtureMeasurement"/>; set by the calculators; not written to JSON, nor compared (<see cref="SourceId"/> is).
    /// </summary>
    [JsonIgnore]
    public object? Source { get => source.Value; init => source = new(value); }

    /// <summary>The caller's key of <see cref="Source"/> (its <c>Id</c>), when it has one; written to JSON.</summary>
    public string? SourceId { get; init; }

    /// <summary>Whether the answer rests on a text beyond what is encoded (超出已納入之法規版本).</summary>
    public bool IsBeyondEncodedVersion => PendingAmendment is not null;

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"SpecialExamDue {{ Hazard = {Hazard}, Kind = {Kind}, DueDate = {DueDate:yyyy-MM-dd}, Status = {Status} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Hazard, Kind, LastExam, DueDate, Status, Counting, HashCode.Combine(RulesVersion, PendingAmendment, WorkSince, SourceId));
}
