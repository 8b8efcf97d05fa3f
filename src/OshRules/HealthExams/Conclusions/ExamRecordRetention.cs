using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-8: how long an exam record must be kept (健康檢查紀錄保存年限). Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker.</param>
/// <param name="ExamDate">The day of the exam.</param>
/// <param name="ExamKind">The kind of exam.</param>
/// <param name="Hazard">For a special exam, its hazard.</param>
/// <param name="Period">The retention period: 7, 10 or 30 years.</param>
/// <param name="RetainUntil">The last day of the period, counted from the day after the exam (民法 §120 II, §121).</param>
/// <param name="PendingAmendment">Set when the evaluation date is on or after 2026-07-01 (the 115.06.26 text of §19, and from 2028-01-01 of §20, not encoded).</param>
/// <param name="Basis">§19 item or §20.</param>
public sealed record ExamRecordRetention(
    string SubjectId,
    DateOnly ExamDate,
    ExamKind ExamKind,
    SpecialHazard? Hazard,
    CalendarPeriod Period,
    DateOnly RetainUntil,
    PendingAmendment? PendingAmendment,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly NotCompared<ExamRecord?> source;

    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>The exam record this conclusion was drawn from (the record kept); set by the calculators; not written to JSON, nor compared (<see cref="SourceId"/> is).</summary>
    [JsonIgnore]
    public ExamRecord? Source { get => source.Value; init => source = new(value); }

    /// <summary>The caller's key of <see cref="Source"/> (<see cref="ExamRecord.Id"/>), when it has one; written to JSON.</summary>
    public string? SourceId { get; init; }

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ExamRecordRetention {{ Period = {Period}, RetainUntil = {RetainUntil:yyyy-MM-dd} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, ExamDate, ExamKind, Hazard, Period, RetainUntil, PendingAmendment, SourceId);
}
