using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A worker's maternal-protection risk assessment on a day (母性健康保護風險評估結果): the protection phase, every hazard
/// finding, the overall tier (the highest, MAT-2), the actions of MAT-12 and whether she may keep her original work.
/// Immutable and thread-safe.
/// </summary>
public sealed record MaternalRiskAssessment : IOshConclusion
{
    private readonly ByElements<ImmutableArray<HazardFinding>> findings;
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The worker's key.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The evaluation date (評估日).</summary>
    public required DateOnly AssessedOn { get; init; }

    /// <summary>The protection period on that day (保護期間).</summary>
    public required ProtectionPeriodStatus Period { get; init; }

    /// <summary>Whether she is breastfeeding (哺乳中).</summary>
    public required bool IsBreastfeeding { get; init; }

    /// <summary>The hazard findings, in the order given (危害分級結果).</summary>
    public required ImmutableArray<HazardFinding> Findings { get => findings.Items; init => findings = new(value.IsDefault ? [] : value); }

    /// <summary>The overall tier: the highest tier of the findings, tier 1 when none is tiered (風險等級), MAT-2.</summary>
    public required RiskTier OverallTier { get; init; }

    /// <summary>What must be done (管理措施), MAT-12.</summary>
    public required ManagementActions Actions { get; init; }

    /// <summary>Why a fitness-for-work assessment is needed, if it is (適性評估之理由).</summary>
    public required FitnessAssessmentReasons FitnessAssessment { get; init; }

    /// <summary>Whether she may keep her original work (維持原工作), MAT-12.</summary>
    public required OriginalWorkContinuation Continuation { get; init; }

    /// <summary>Abnormal physician findings considered (健康狀況異常), MAT-15.</summary>
    public required PhysicianFindingFlags HealthFindings { get; init; }

    /// <summary>Whether some finding was referred to another standard (ionizing radiation).</summary>
    public bool HasReferredHazard => Findings.Any(f => f.IsReferred);

    /// <summary>The options in force (選項).</summary>
    public required MaternalOptions Options { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"MaternalRiskAssessment {{ SubjectId = <redacted>, Phase = {Period.Phase}, OverallTier = {OverallTier}, Findings = {Findings.Length}, Actions = {Actions} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, AssessedOn, Period, IsBreastfeeding, OverallTier, Actions, HashCode.Combine(FitnessAssessment, Continuation, HealthFindings, Options, Findings.IsDefault ? -1 : Findings.Length));
}
