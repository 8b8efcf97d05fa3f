using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Work listed as dangerous or harmful for pregnant or postpartum workers (職業安全衛生法 §30 I ⑤–⑭, II ③–⑤ 之危險性或有害性工作),
/// MAT-10. Immutable and thread-safe.
/// </summary>
public sealed record ListedHazardousWork : MaternalHazardExposure
{
    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="table">The table that lists it.</param>
    /// <param name="item">The listed item, e.g. its number and title (1–200 characters, no personal data).</param>
    public ListedHazardousWork(string workerId, ListedWorkTable table, string item)
        : base(workerId, "MAT-10")
    {
        Table = Guard.Defined(table, "ListedHazardousWork.Table", "MAT-10");
        Item = Guard.NotBlank(item, "ListedHazardousWork.Item", "MAT-10");
    }

    /// <summary>The listing table (附表).</summary>
    public ListedWorkTable Table { get; }

    /// <summary>The listed item (項目).</summary>
    public string Item { get; }
}
