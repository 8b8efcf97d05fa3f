using System.Collections.Immutable;

namespace OshRules.Ergonomics;

/// <summary>Helpers over the fifteen body regions of the survey (身體部位).</summary>
public static class BodyRegions
{
    /// <summary>The number of regions on the form (十五個部位).</summary>
    public const int Count = 15;

    /// <summary>All regions in the column order of 表 5 (身體部位一覽).</summary>
    public static ImmutableArray<BodyRegion> All { get; } = [.. Enumerable.Range(0, Count).Select(i => (BodyRegion)i)];

    /// <summary>Whether <paramref name="region"/> is one of the fifteen regions (有效部位).</summary>
    /// <param name="region">The region.</param>
    /// <returns><see langword="true"/> for a defined region.</returns>
    public static bool IsDefined(BodyRegion region) => region is >= BodyRegion.Neck and <= BodyRegion.RightAnkleFoot;

    /// <summary>The same region on the other side of the body (左右對應部位); neck and back are their own mirror.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The mirrored region.</returns>
    public static BodyRegion Mirror(BodyRegion region) => region switch
    {
        BodyRegion.Neck or BodyRegion.UpperBack or BodyRegion.LowerBack => region,

        // Paired regions are laid out left, right, left, right… from LeftShoulder (3): odd = left, even = right.
        _ when IsDefined(region) => (int)region % 2 == 1 ? region + 1 : region - 1,
        _ => throw new ArgumentOutOfRangeException(nameof(region)),
    };

    /// <summary>The Chinese label of the region as printed on the form (中文部位名稱).</summary>
    /// <param name="region">The region.</param>
    /// <returns>The label, e.g. 左手肘/前臂.</returns>
    public static string ChineseName(BodyRegion region) => region switch
    {
        BodyRegion.Neck => "頸",
        BodyRegion.UpperBack => "上背",
        BodyRegion.LowerBack => "下背",
        BodyRegion.LeftShoulder => "左肩",
        BodyRegion.RightShoulder => "右肩",
        BodyRegion.LeftElbowForearm => "左手肘/前臂",
        BodyRegion.RightElbowForearm => "右手肘/前臂",
        BodyRegion.LeftHandWrist => "左手/手腕",
        BodyRegion.RightHandWrist => "右手/手腕",
        BodyRegion.LeftHipThigh => "左臀/大腿",
        BodyRegion.RightHipThigh => "右臀/大腿",
        BodyRegion.LeftKnee => "左膝",
        BodyRegion.RightKnee => "右膝",
        BodyRegion.LeftAnkleFoot => "左腳踝/腳",
        BodyRegion.RightAnkleFoot => "右腳踝/腳",
        _ => throw new ArgumentOutOfRangeException(nameof(region)),
    };
}
