using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// HC-6: whether a measured exposure makes the work special hazardous work (是否屬特別危害健康作業).
/// Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The worker.</param>
/// <param name="Hazard">The hazard the measurement is about.</param>
/// <param name="MeasuredOn">The day of the measurement; the latest one decides whether the work is still special hazardous.</param>
/// <param name="MeasuredValue">The measured value: dBA for noise, percent for a mixture.</param>
/// <param name="Threshold">The threshold compared with.</param>
/// <param name="Comparison">How the value is compared with the threshold.</param>
/// <param name="IsSpecialHazardous">Whether the work is special hazardous work.</param>
/// <param name="PendingAmendment">Set when the evaluation date is on or after 2026-07-01 (the 115.06.26 text of §2, and from 2028-01-01 of 附表一, not encoded).</param>
/// <param name="Basis">§2 and 附表一.</param>
public sealed record SpecialHazardClassification(
    string SubjectId,
    SpecialHazard Hazard,
    DateOnly MeasuredOn,
    double MeasuredValue,
    double Threshold,
    ThresholdComparison Comparison,
    bool IsSpecialHazardous,
    PendingAmendment? PendingAmendment,
    IReadOnlyList<Citation> Basis) : IOshConclusion
{
    private readonly NotCompared<object?> source;

    private readonly ByElements<IReadOnlyList<Citation>> basis = HealthExamConclusion.Basis(Basis);

    /// <summary>The legal basis (法源依據).</summary>
    public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = HealthExamConclusion.Basis(value); }

    /// <summary>
    /// The measurement classified (測定紀錄): a <see cref="NoiseMeasurement"/> or a <see cref="MixtureMeasurement"/>; set by
    /// the calculators; not written to JSON, nor compared (<see cref="SourceId"/> is).
    /// </summary>
    [JsonIgnore]
    public object? Source { get => source.Value; init => source = new(value); }

    /// <summary>The caller's key of the measurement (its <c>Id</c>), when it has one; written to JSON.</summary>
    public string? SourceId { get; init; }

    /// <summary>
    /// Whether this measurement decides over <paramref name="other"/>, of the same worker and hazard (後次測定優先): a later
    /// day wins; on the same day, the higher value (the work reaches the threshold somewhere that day); between equal
    /// values of one day, the greater <see cref="SourceId"/> in ordinal order, so exactly one measurement decides.
    /// </summary>
    /// <param name="other">Another classification.</param>
    /// <returns><see langword="true"/> when this one is later, or as late and higher.</returns>
    /// <remarks>HC-4 schedules exams from the measurement no other supersedes (the deciding one).</remarks>
    public bool Supersedes(SpecialHazardClassification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return MeasuredOn != other.MeasuredOn ? MeasuredOn > other.MeasuredOn
            : MeasuredValue != other.MeasuredValue ? MeasuredValue > other.MeasuredValue
            : string.CompareOrdinal(SourceId, other.SourceId) > 0;
    }

    /// <summary>Describes the conclusion without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"SpecialHazardClassification {{ Hazard = {Hazard}, IsSpecialHazardous = {IsSpecialHazardous} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Hazard, MeasuredOn, MeasuredValue, Threshold, Comparison, IsSpecialHazardous, HashCode.Combine(PendingAmendment, SourceId));
}
