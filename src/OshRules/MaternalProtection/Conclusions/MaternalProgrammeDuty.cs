using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Whether an establishment must have a maternal-protection programme on a day (應訂定母性健康保護計畫), MAT-18: a workforce
/// at or over the threshold in force that day (勞工人數在 N 人以上): 300 from 2015, 100 from 2021-03-01, 50 from 2024-07-01.
/// Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The establishment's key.</param>
/// <param name="Date">The day the duty is decided for: the day the workers were counted, or the evaluation date.</param>
/// <param name="Workforce">The workforce counted.</param>
/// <param name="Threshold">The threshold in force on <paramref name="Date"/>, with its citation and version.</param>
/// <param name="IsRequired">Whether the workforce is at or over the threshold.</param>
public sealed record MaternalProgrammeDuty(string SubjectId, DateOnly Date, int Workforce, ParameterValue<int> Threshold, bool IsRequired) : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis = new([(Threshold ?? throw new ArgumentNullException(nameof(Threshold))).Citation]);

    /// <summary>The citation (辦法 §5 III in the version in force on <see cref="Date"/>).</summary>
    public IReadOnlyList<Citation> Basis => basis.Items;

    /// <summary>A known amendment of the threshold not encoded, in force on <see cref="Date"/> (none is known).</summary>
    public PendingAmendment? PendingAmendment => Threshold.PendingAmendment;

    /// <summary>Describes the conclusion without the establishment's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"MaternalProgrammeDuty {{ Date = {Date:yyyy-MM-dd}, Threshold = {Threshold.Value}, IsRequired = {IsRequired} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Date, Workforce, Threshold.Value, Threshold.EffectiveFrom, IsRequired);
}
