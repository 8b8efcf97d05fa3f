using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Whether an employer must have a maternal-protection programme on a day (應訂定母性健康保護計畫), MAT-18.
/// Immutable and thread-safe.
/// </summary>
/// <param name="IsRequired">Whether the workforce is at or over the threshold (勞工人數在 N 人以上).</param>
/// <param name="Workforce">The workforce counted.</param>
/// <param name="Threshold">The threshold in force, with its citation and version.</param>
public sealed record MaternalProgrammeDuty(bool IsRequired, int Workforce, ParameterValue<int> Threshold)
{
    /// <summary>The citation (辦法 §5 III in the version in force).</summary>
    public Citation Basis => Threshold.Citation;
}
