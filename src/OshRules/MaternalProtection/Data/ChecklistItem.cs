namespace OshRules.MaternalProtection;

/// <summary>
/// One item of the workplace hazard checklist 附表一 (母性健康保護工作場所環境及作業危害評估表), MAT-13. Immutable and thread-safe.
/// </summary>
/// <param name="Group">The hazard group.</param>
/// <param name="Number">The item's number within its group, from 1.</param>
/// <param name="Chinese">The item's text as printed.</param>
/// <param name="English">An English rendering.</param>
public sealed record ChecklistItem(ChecklistGroup Group, int Number, string Chinese, string English)
{
    /// <summary>A stable key, e.g. <c>Physical-5</c>.</summary>
    public string Key => $"{Group}-{Number}";
}
