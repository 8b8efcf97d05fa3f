using OshRules.Common;
using OshRules.Law;
using System.Collections.Immutable;

namespace OshRules.Ergonomics;

/// <summary>
/// 表 5, the symptom survey tally (肌肉骨骼症狀調查與管控追蹤一覽表 — 症狀調查): for each body region, the number of
/// workers scoring 3 or more, and the number of suspected workers. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// NMQ-5. A worker with several regions at 3 or more counts once in each of those regions and once in
/// <see cref="SuspectedWorkers"/> (疑似傷病人數), so the region counts may add up to more than that figure.
/// </remarks>
public sealed record NmqTable5
{
    private readonly ByElements<ImmutableArray<int>> regionCounts;

    /// <summary>Creates the table.</summary>
    /// <param name="regionCounts">One count per region, indexed by <see cref="BodyRegion"/>.</param>
    /// <param name="suspectedWorkers">Workers with at least one region at 3 or more.</param>
    public NmqTable5(ImmutableArray<int> regionCounts, int suspectedWorkers)
    {
        if (regionCounts.IsDefault || regionCounts.Length != BodyRegions.Count)
        {
            throw new OshValidationException("NmqTable5.RegionCounts", "NMQ-5", $"exactly {BodyRegions.Count} region counts are needed");
        }

        if (regionCounts.Any(c => c < 0) || suspectedWorkers < 0)
        {
            throw new OshValidationException("NmqTable5", "NMQ-5", "counts must not be negative");
        }

        this.regionCounts = new(regionCounts);
        SuspectedWorkers = suspectedWorkers;
    }

    /// <summary>The count per region, indexed by <see cref="BodyRegion"/> (各部位 3 分以上人數).</summary>
    public ImmutableArray<int> RegionCounts => regionCounts.Items;

    /// <summary>Workers with at least one region at 3 or more (疑似傷病人數).</summary>
    public int SuspectedWorkers { get; }

    /// <summary>The count of one region (部位人數).</summary>
    /// <param name="region">The region.</param>
    /// <returns>Workers scoring 3 or more there.</returns>
    public int CountOf(BodyRegion region) =>
        BodyRegions.IsDefined(region) ? RegionCounts[(int)region] : throw new OshValidationException("region", "NMQ-2", "is not one of the 15 body regions");

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SuspectedWorkers, RegionCounts.Sum());
}
