namespace OshRules.Ergonomics;

/// <summary>How 表 2 counts a worker who shows several 有危害 sub-reasons (子項計數方式).</summary>
public enum NmqSubReasonCounting
{
    /// <summary>
    /// Default. Each worker is counted once, on the first sub-reason that applies in the table's row order
    /// (reported suspected case, abnormal resignation, frequent sick leave or absence, frequent requests), so
    /// the rows add up to the subtotal, as a head-count table reads.
    /// </summary>
    PrimaryReason = 0,

    /// <summary>A worker is counted on every sub-reason that applies; rows may then add up to more than the subtotal.</summary>
    EveryReason = 1,
}
