using System.Globalization;
using System.Net;
using System.Text;

namespace OshRules.Samples.Output;

/// <summary>
/// An SVG body map of the 15 NMQ regions (表 5), each coloured by how many workers score 3 or more there.
/// Colour bins: 0 grey; 1–2 light yellow; 3–5 orange; 6 or more red.
/// </summary>
internal static class BodyMapSvg
{
    // Front view, viewer's left = the worker's right. (x, y, width, height) in a 240 × 420 box.
    private static readonly (string Key, string En, string Zh, int X, int Y, int W, int H)[] Shapes =
    [
        ("Neck", "Neck", "頸", 108, 58, 24, 18),
        ("UpperBack", "Upper back", "上背", 92, 80, 56, 50),
        ("LowerBack", "Lower back", "下背", 92, 134, 56, 46),
        ("RightShoulder", "Right shoulder", "右肩", 60, 80, 30, 26),
        ("LeftShoulder", "Left shoulder", "左肩", 150, 80, 30, 26),
        ("RightElbowForearm", "Right elbow/forearm", "右手肘/前臂", 44, 110, 22, 70),
        ("LeftElbowForearm", "Left elbow/forearm", "左手肘/前臂", 174, 110, 22, 70),
        ("RightHandWrist", "Right hand/wrist", "右手/手腕", 34, 184, 26, 36),
        ("LeftHandWrist", "Left hand/wrist", "左手/手腕", 180, 184, 26, 36),
        ("RightHipThigh", "Right hip/thigh", "右臀/大腿", 92, 184, 27, 80),
        ("LeftHipThigh", "Left hip/thigh", "左臀/大腿", 121, 184, 27, 80),
        ("RightKnee", "Right knee", "右膝", 92, 268, 27, 34),
        ("LeftKnee", "Left knee", "左膝", 121, 268, 27, 34),
        ("RightAnkleFoot", "Right ankle/foot", "右腳踝/腳", 88, 352, 31, 36),
        ("LeftAnkleFoot", "Left ankle/foot", "左腳踝/腳", 121, 352, 31, 36),
    ];

    public static IReadOnlyList<string> RegionKeys { get; } = Shapes.Select(s => s.Key).ToArray();

    public static string ColourFor(int count) => count switch
    {
        <= 0 => "#e0e0e0",
        <= 2 => "#fff59d",
        <= 5 => "#ffb300",
        _ => "#e53935",
    };

    public static string Render(IReadOnlyDictionary<string, int> countsByRegion, bool chinese)
    {
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 420\" width=\"240\" height=\"420\" role=\"img\" id=\"body-map\">");
        sb.Append("<circle cx=\"120\" cy=\"32\" r=\"24\" fill=\"#f5f5f5\" stroke=\"#9e9e9e\"/>");
        sb.Append("<rect x=\"96\" y=\"302\" width=\"48\" height=\"50\" fill=\"#f5f5f5\" stroke=\"#9e9e9e\"/>");
        foreach (var s in Shapes)
        {
            var count = countsByRegion.TryGetValue(s.Key, out var n) ? n : 0;
            var label = WebUtility.HtmlEncode(chinese ? s.Zh : s.En);
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"region\" id=\"region-{s.Key}\" data-region=\"{s.Key}\" data-count=\"{count}\" x=\"{s.X}\" y=\"{s.Y}\" width=\"{s.W}\" height=\"{s.H}\" rx=\"4\" fill=\"{ColourFor(count)}\" stroke=\"#616161\"><title>{label}: {count}</title></rect>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }
}
