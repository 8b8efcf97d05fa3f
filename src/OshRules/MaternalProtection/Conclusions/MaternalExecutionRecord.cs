using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// The counts of the execution record 附表六 (母性健康保護執行紀錄表) over a set of results, MAT-17. Immutable and thread-safe.
/// </summary>
public sealed record MaternalExecutionRecord
{
    private readonly ByElements<ImmutableSortedDictionary<ChecklistGroup, int>> hazardItems;
    private readonly ByElements<ImmutableSortedDictionary<RiskTier, int>> tiers;
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>The day the counts are taken (統計日).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Hazard items answered yes or may-affect in the checklists, by group (危害辨識及評估：各類危害項數).</summary>
    public required ImmutableSortedDictionary<ChecklistGroup, int> HazardItems { get => hazardItems.Items; init => hazardItems = new(value); }

    /// <summary>Assessments by overall tier (風險等級).</summary>
    public required ImmutableSortedDictionary<RiskTier, int> Tiers { get => tiers.Items; init => tiers = new(value); }

    /// <summary>Female workers (女性勞工).</summary>
    public required int Women { get; init; }

    /// <summary>Female workers aged 15 to 49 inclusive (育齡期女性勞工 15~49 歲).</summary>
    public required int WomenOfReproductiveAge { get; init; }

    /// <summary>Pregnant workers (懷孕女性勞工).</summary>
    public required int Pregnant { get; init; }

    /// <summary>Breastfeeding workers (哺乳期女性勞工).</summary>
    public required int Breastfeeding { get; init; }

    /// <summary>Workers who need a physician interview: tier 2 or 3 (需醫師面談者).</summary>
    public required int PhysicianInterviewsNeeded { get; init; }

    /// <summary>Of those, interviews done (已完成).</summary>
    public required int PhysicianInterviewsDone { get; init; }

    /// <summary>Of those, interviews not yet done (尚未完成).</summary>
    public int PhysicianInterviewsPending => PhysicianInterviewsNeeded - PhysicianInterviewsDone;

    /// <summary>Workers referred for a fitness-for-work assessment (需轉介適性評估者).</summary>
    public required int FitnessAssessmentsNeeded { get; init; }

    /// <summary>Workers with hours adjusted or reduced (需調整或縮短工作時間).</summary>
    public required int ReducedHours { get; init; }

    /// <summary>Workers whose work was changed (需變更工作者).</summary>
    public required int ChangedWork { get; init; }

    /// <summary>Workers given leave (需給予休假).</summary>
    public required int Leave { get; init; }

    /// <summary>Other arrangements (其他).</summary>
    public required int OtherAdjustments { get; init; }

    /// <summary>The citations: 附表六 and the record-keeping article (辦法 §14).</summary>
    public required IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }
}
