using System.Text.RegularExpressions;
using OshRules.Samples;
using OshRules.Samples.Output.Html;
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
    public void The_rendered_body_map_has_15_regions_coloured_by_the_share_of_respondents_scoring_3_or_more()
    {
        var roster = KnownRoster();
        var html = Path.ChangeExtension(roster, ".html");
        try
        {
            var (code, _) = Run(Options(roster, html: html));
            Assert.Equal(0, code);

            var dom = Chromium.DumpDom(html);
            var regions = RegionPattern().Matches(dom).ToDictionary(
                m => m.Groups["key"].Value,
                m => (Count: int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture), Band: int.Parse(m.Groups["band"].Value, System.Globalization.CultureInfo.InvariantCulture), Fill: m.Groups["fill"].Value));

            // 8 respondents: neck 7 (88 %), lower back 4 (50 %), right shoulder 1 (13 %), left ankle/foot 1 (13 %), left hand 0 (a 2 does not count).
            Assert.Equal(15, regions.Count);
            Assert.Equal((7, 4, ShareBands.Fill(4)), regions["Neck"]);
            Assert.Equal((4, 4, ShareBands.Fill(4)), regions["LowerBack"]);
            Assert.Equal((1, 3, ShareBands.Fill(3)), regions["RightShoulder"]);
            Assert.Equal((0, 0, ShareBands.Fill(0)), regions["LeftHandWrist"]);
            Assert.Equal((1, 3, ShareBands.Fill(3)), regions["LeftAnkleFoot"]);
            Assert.All(regions.Where(r => r.Key is not ("Neck" or "LowerBack" or "RightShoulder" or "LeftAnkleFoot")), r => Assert.Equal((0, 0, ShareBands.Fill(0)), r.Value));
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
    [InlineData(0, 100, 0)]
    [InlineData(1, 100, 1)] // 1 %
    [InlineData(4, 100, 1)] // 4 %: under 5 %
    [InlineData(5, 100, 2)] // 5 %
    [InlineData(9, 100, 2)]
    [InlineData(10, 100, 3)] // 10 %
    [InlineData(19, 100, 3)]
    [InlineData(20, 100, 4)] // 20 %
    [InlineData(3, 30, 3)] // the same share, 10 %, for 30 workers
    [InlineData(3000, 30000, 3)] // and for 30,000
    [InlineData(1, 0, 0)] // no respondents
    public void Body_map_bands_are_shares_of_respondents(int count, int respondents, int band) =>
        Assert.Equal(band, ShareBands.BandOf(count, respondents));

    [GeneratedRegex("<rect class=\"region\" data-region=\"(?<key>\\w+)\" data-view=\"\\w+\" data-count=\"(?<count>\\d+)\" data-share=\"[^\"]*\" data-band=\"(?<band>\\d)\"[^>]*fill=\"(?<fill>#[0-9a-f]{6})\"")]
    private static partial Regex RegionPattern();
}

/// <summary>The protection period of every maternal status (MAT-1) in the committee report.</summary>
public sealed class MaternalPeriodReportTests
{
    [Fact, Trait("Rule", "MAT-1")]
    public void Statuses_inside_and_outside_the_period_are_counted_with_the_reason()
    {
        static string Woman(string id, params (string Column, string Value)[] maternal) => Row(
            [("worker_id", id), ("name", "N " + id), ("sex", "F"), ("birth_date", "1990-03-03"), ("hire_date", "2015-01-01"), ("last_general_exam", "2025-01-01"), .. maternal]);

        var roster = WriteRoster(
        [
            Woman("P1", ("pregnancy_notified", "2026-09-01"), ("pregnant_since", "2026-07-20")),
            Woman("P2", ("pregnancy_notified", "2026-10-01"), ("pregnant_since", "2026-08-20")),
            Woman("D1", ("delivered_on", "2024-01-15")), // more than a year after delivery: outside
        ]);
        var html = Path.ChangeExtension(roster, ".html");
        try
        {
            var (code, _) = Run(Options(roster, html: html));
            var text = File.ReadAllText(html);

            Assert.Equal(0, code);
            var table = text[text.IndexOf("maternal-periods", StringComparison.Ordinal)..];
            table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
            Assert.Contains(">2<", table, StringComparison.Ordinal);
            Assert.Contains(OshRules.Resources.DisplayNames.Of(OshRules.MaternalProtection.OutsideProtectionReason.AfterEnd, OshRules.Evaluation.DisplayLanguage.English), table, StringComparison.Ordinal);
            Assert.Contains(">1<", table, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(roster);
            File.Delete(html);
        }
    }
}
