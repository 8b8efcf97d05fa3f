using System.Text.RegularExpressions;
using OshRules.Samples;
using OshRules.Samples.Output;
using static OshRules.Tests.Samples.SampleFixtures;

namespace OshRules.Tests.Samples;

public sealed partial class HtmlReportTests
{
    // Regions by index of the roster's nmq_scores order: 0 neck, 2 lower back, 4 right shoulder, 7 left hand/wrist.
    private static string KnownRoster()
    {
        var rows = new List<string>();
        void Worker(string id, string name, params (int Region, int Pain)[] scores) => rows.Add(Row(
            ("worker_id", id), ("name", name), ("sex", "F"), ("birth_date", "1985-03-03"), ("hire_date", "2015-01-01"), ("last_general_exam", "2025-01-01"),
            ("nmq_filled_on", "2026-04-10"), ("nmq_q1", "Y"), ("nmq_q2", "Y"), ("nmq_duration", "6m"), ("nmq_scores", Scores(scores))));

        // Neck: 7 workers at 3+ (red bin); lower back: 4 (orange); right shoulder: 1 (light yellow); left hand: 0 (grey, a 2 does not count).
        for (var i = 0; i < 7; i++)
        {
            Worker($"K{i}", $"Worker {i}", (0, 3 + (i % 3)), (2, i < 4 ? 4 : 1), (4, i == 0 ? 3 : 0), (7, 2));
        }

        Worker("X1", "<img src=x onerror=alert(1)>", (13, 3)); // left ankle/foot: 1 (light yellow)
        return WriteRoster(rows);
    }

    [ChromiumFact]
    public void The_rendered_body_map_has_15_regions_coloured_by_the_counts_of_table_5()
    {
        var roster = KnownRoster();
        var html = Path.ChangeExtension(roster, ".html");
        try
        {
            var (code, _) = Run(Options(roster, html: html));
            Assert.Equal(0, code);

            var dom = Chromium.DumpDom(html);
            var regions = RegionPattern().Matches(dom).ToDictionary(m => m.Groups["key"].Value, m => (Count: int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture), Fill: m.Groups["fill"].Value));

            Assert.Equal(15, regions.Count);
            Assert.Equal((7, "#e53935"), regions["Neck"]);
            Assert.Equal((4, "#ffb300"), regions["LowerBack"]);
            Assert.Equal((1, "#fff59d"), regions["RightShoulder"]);
            Assert.Equal((0, "#e0e0e0"), regions["LeftHandWrist"]);
            Assert.Equal((1, "#fff59d"), regions["LeftAnkleFoot"]);
            Assert.All(regions.Where(r => r.Key is not ("Neck" or "LowerBack" or "RightShoulder" or "LeftAnkleFoot")), r => Assert.Equal((0, "#e0e0e0"), r.Value));
        }
        finally
        {
            File.Delete(roster);
            File.Delete(html);
        }
    }

    [ChromiumFact]
    public void A_name_with_markup_renders_as_text_and_no_script_runs()
    {
        var roster = KnownRoster();
        var html = Path.ChangeExtension(roster, ".html");
        try
        {
            Run(Options(roster, html: html));
            var source = File.ReadAllText(html);
            var dom = Chromium.DumpDom(html);

            Assert.DoesNotContain("<img", source, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", source, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", dom, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(roster);
            File.Delete(html);
        }
    }

    [Theory]
    [InlineData(0, "#e0e0e0")]
    [InlineData(1, "#fff59d")]
    [InlineData(2, "#fff59d")]
    [InlineData(3, "#ffb300")]
    [InlineData(5, "#ffb300")]
    [InlineData(6, "#e53935")]
    public void Body_map_colour_bins(int count, string colour) => Assert.Equal(colour, BodyMapSvg.ColourFor(count));

    [GeneratedRegex("<rect class=\"region\" id=\"region-(?<key>\\w+)\" data-region=\"\\w+\" data-count=\"(?<count>\\d+)\"[^>]*fill=\"(?<fill>#[0-9a-f]{6})\"")]
    private static partial Regex RegionPattern();
}
