using System.Globalization;
using System.Text.Json;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.HealthExams;
using OshRules.Resources;
using OshRules.Samples.Output.Html;
using OshRules.Training;
using static OshRules.Tests.Samples.SampleFixtures;

namespace OshRules.Tests.Samples;

/// <summary>
/// The committee report, checked as a person would: the bundled roster's report is rendered in headless Chromium and its DOM is
/// compared with the results themselves (read back from the sample's own --json), and it is printed to PDF and read
/// with pdftotext.
/// </summary>
public sealed class CommitteeReportTests
{
    private const string AsOf = "2026-11-23";
    private const string Banner = "健康資料，限職業安全衛生業務使用";

    // The test's copy of the report may run one script, which measures the page and writes what it found into the DOM.
    private const string Probe = """
        <script>
        (async () => {
          const box = e => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
          const inside = (a, b) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.w <= b.x + b.w + 1 && a.y + a.h <= b.y + b.h + 1;
          const local = async name => { const f = new FontFace('probe-' + name.replace(/\W/g, ''), `local("${name}")`); document.fonts.add(f);
            try { await f.load(); return document.fonts.check(`16px "${f.family}"`, '健康資料'); } catch { return false; } };
          const regions = [...document.querySelectorAll('rect.region')].map(r => {
            const svg = r.closest('svg'); const label = svg.querySelector(`text.region-label[data-region="${r.dataset.region}"]`);
            return { key: r.dataset.region, view: r.closest('figure').dataset.view, count: +r.dataset.count, band: +r.dataset.band,
              fill: getComputedStyle(r).fill, label: label ? label.textContent : null,
              labelInside: label ? inside(box(label), box(svg)) : false, area: box(r).w * box(r).h };
          });
          const legend = [...document.querySelectorAll('#share-legend .band')].map(b => ({ band: +b.dataset.band, text: b.textContent.trim(),
            colour: getComputedStyle(b.querySelector('i')).backgroundColor }));
          const bars = [...document.querySelectorAll('svg.chart rect.bar')].map(b => ({ chart: b.closest('svg').dataset.chart,
            series: b.dataset.series, category: b.dataset.category, count: +b.dataset.count, height: +b.getAttribute('height'), width: +b.getAttribute('width') }));
          const probe = {
            regions, legend, bars,
            sections: [...document.querySelectorAll('section.programme')].map(s => s.dataset.programme),
            notices: [...document.querySelectorAll('#notices li.notice')].map(n => ({ effective: n.dataset.effective, count: +n.dataset.count, text: n.textContent })),
            bodyFont: getComputedStyle(document.body).fontFamily,
            cjkFont: await local('Noto Sans CJK TC'),
            bogusFont: await local('No Such Font Anywhere'),
          };
          document.getElementById('probe').textContent = JSON.stringify(probe);
        })();
        </script>
        """;

    private static readonly BodyRegion[] BackRegions = [BodyRegion.Neck, BodyRegion.UpperBack, BodyRegion.LowerBack, BodyRegion.LeftHipThigh, BodyRegion.RightHipThigh];

    [ChromiumFact]
    public void The_rendered_report_matches_the_results_region_by_region_bar_by_bar_and_notice_by_notice()
    {
        var dir = Directory.CreateTempSubdirectory("oshrules-report-");
        try
        {
            var (html, results, units) = RenderBundled(dir.FullName);
            var page = Path.Combine(dir.FullName, "probe.html");
            File.WriteAllText(page, File.ReadAllText(html)
                .Replace("default-src 'none'; style-src 'unsafe-inline'", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'", StringComparison.Ordinal)
                .Replace("</body>", "<pre id=\"probe\"></pre>" + Probe + "</body>", StringComparison.Ordinal));

            var dom = Chromium.DumpDom(page);
            var json = System.Net.WebUtility.HtmlDecode(dom[(dom.IndexOf("<pre id=\"probe\">", StringComparison.Ordinal) + 16)..dom.IndexOf("</pre>", dom.IndexOf("<pre id=\"probe\">", StringComparison.Ordinal), StringComparison.Ordinal)]);
            using var doc = JsonDocument.Parse(json);
            var probe = doc.RootElement;
            var valid = results.Where(r => r.IsValid).ToList();

            // Body map: 15 labelled regions, the back ones (neck, back, hips) on the back figure, the limbs on the front.
            var regions = probe.GetProperty("regions").EnumerateArray().ToList();
            Assert.Equal(15, regions.Select(r => r.GetProperty("key").GetString()).Distinct().Count());
            var grades = valid.SelectMany(r => r.All<NmqGrade>()).ToList();
            var respondents = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv")).Skip(1).Count(l => l.Split(',')[14].Length > 0);
            var legend = probe.GetProperty("legend").EnumerateArray().ToDictionary(b => b.GetProperty("band").GetInt32());
            Assert.Equal(ShareBands.Count, legend.Count);
            foreach (var region in BodyRegions.All)
            {
                var r = regions.Single(x => x.GetProperty("key").GetString() == region.ToString());
                var count = grades.Count(g => g.RegionsAtRisk.Contains(region));
                Assert.Equal(BackRegions.Contains(region) ? "back" : "front", r.GetProperty("view").GetString());
                Assert.Equal(count, r.GetProperty("count").GetInt32());
                Assert.Equal(ShareBands.BandOf(count, respondents), r.GetProperty("band").GetInt32());
                Assert.Equal(legend[r.GetProperty("band").GetInt32()].GetProperty("colour").GetString(), r.GetProperty("fill").GetString());
                Assert.StartsWith(DisplayNames.Of(region, DisplayLanguage.ZhTw), r.GetProperty("label").GetString(), StringComparison.Ordinal);
                Assert.Contains($"{count} 人", r.GetProperty("label").GetString(), StringComparison.Ordinal);
                Assert.True(r.GetProperty("labelInside").GetBoolean(), $"the label of {region} lies outside its figure");
                Assert.True(r.GetProperty("area").GetDouble() > 100, $"{region} is drawn too small to see");
            }

            for (var band = 0; band < ShareBands.Count; band++)
            {
                Assert.Equal(ShareBands.Range(band), legend[band].GetProperty("text").GetString());
            }

            // One section per programme.
            Assert.Equal(["HealthExams", "Ergonomics", "MaternalProtection", "Training"], probe.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));

            // Charts: each bar's count is the count of the results, and its height is proportional to it.
            var bars = probe.GetProperty("bars").EnumerateArray().ToList();
            var asOf = DateOnly.Parse(AsOf, CultureInfo.InvariantCulture);
            AssertBars(bars, "chart-exams-by-month", ExamsByMonth(valid, asOf));
            AssertBars(bars, "chart-training-by-month", TrainingByMonth(valid, asOf));
            AssertBars(bars, "chart-nmq-by-unit", valid.SelectMany(r => r.All<NmqGrade>().Select(g => (Series: g.Level.ToString(), Category: units[r.CaseId]))).CountBy(x => x).ToDictionary(x => x.Key, x => x.Value));

            // Notices: every amendment the results are flagged with, once, with the count of conclusions carrying it.
            var flagged = valid.SelectMany(r => r.Conclusions).Where(c => c.PendingAmendment is not null).GroupBy(c => c.PendingAmendment!).ToList();
            var notices = probe.GetProperty("notices").EnumerateArray().ToList();
            Assert.Contains(flagged, g => g.Key.EffectiveFrom == new DateOnly(2026, 7, 1)); // the training amendment is in force on the evaluation date
            Assert.Equal(flagged.Count, notices.Count);
            // Two amendments may take effect on one day (the training rules' and the first stage of the health rules' on
            // 2026-07-01): the notices are compared as (day, count) pairs.
            Assert.Equal(
                flagged.Select(g => (g.Key.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Count())).Order(),
                notices.Select(n => (n.GetProperty("effective").GetString()!, n.GetProperty("count").GetInt32())).Order());

            // A real CJK font is installed and first in the page's font stack.
            Assert.True(probe.GetProperty("cjkFont").GetBoolean(), "Noto Sans CJK TC is not installed (apt-get install fonts-noto-cjk)");
            Assert.False(probe.GetProperty("bogusFont").GetBoolean());
            Assert.StartsWith("\"Noto Sans CJK TC\"", probe.GetProperty("bodyFont").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [ChromiumPdfFact]
    public void The_printed_report_has_a_sensible_page_count_the_banner_on_every_page_and_each_programme_on_a_page_of_its_own()
    {
        var dir = Directory.CreateTempSubdirectory("oshrules-report-");
        try
        {
            var (html, _, _) = RenderBundled(dir.FullName);
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            Chromium.PrintToPdf(html, pdf);

            var pages = PdfText(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToList();
            Assert.InRange(pages.Count, 5, 30);
            Assert.All(pages, p => Assert.Contains(Banner, p, StringComparison.Ordinal));
            var starts = new[] { "健康檢查（勞工健康保護規則）", "人因性危害預防（肌肉骨骼症狀調查）", "母性健康保護", "教育訓練與數位學習" }
                .Select(title => pages.FindIndex(p => FirstLines(p).Contains(title))).ToList();
            Assert.All(starts, s => Assert.True(s > 0, "a programme does not start a page"));
            Assert.Equal(starts.Order(), starts);
            Assert.Equal(starts.Count, starts.Distinct().Count());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The bundled roster's report (zh-TW) and its results read back from the sample's own --json, with each worker's unit.</summary>
    private static (string Html, List<OshResult> Results, Dictionary<string, string> Units) RenderBundled(string dir)
    {
        var html = Path.Combine(dir, "report.html");
        var json = Path.Combine(dir, "results.jsonl");
        var (code, _) = Run(Options(lang: "zh-TW", html: html, json: json, asOf: AsOf));
        Assert.Equal(0, code);
        List<OshResult> results;
        using (var file = File.OpenRead(json))
        {
            results = OshJson.ReadLines(file).ToList();
        }

        var units = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => c[5], StringComparer.Ordinal);
        return (html, results, units);
    }

    private static Dictionary<(string Series, string Category), int> ExamsByMonth(List<OshResult> results, DateOnly asOf) =>
        results.SelectMany(r => r.Conclusions).Select(c => c switch
        {
            PeriodicGeneralExamDue p => (ExamKind.PeriodicGeneral, p.DueDate, p.Status),
            SpecialExamDue s => (s.Kind, s.DueDate, s.Status),
            HireExamRequired h => (ExamKind.GeneralPhysical, h.DueDate, h.Status),
            _ => ((ExamKind, DateOnly, ExamStatus)?)null,
        }).OfType<(ExamKind Kind, DateOnly DueDate, ExamStatus Status)>()
        .Where(e => !e.Status.IsOverdue && e.DueDate >= asOf && e.DueDate < new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(12))
        .CountBy(e => (e.Kind.ToString(), e.DueDate.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
        .ToDictionary(x => x.Key, x => x.Value);

    private static Dictionary<(string Series, string Category), int> TrainingByMonth(List<OshResult> results, DateOnly asOf) =>
        results.SelectMany(r => r.All<TrainingDue>())
            .Where(t => t.Status != TrainingDueStatus.Overdue && t.DueDate >= asOf && t.DueDate < new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(12))
            .CountBy(t => (t.Kind.ToString(), t.DueDate.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .ToDictionary(x => x.Key, x => x.Value);

    private static void AssertBars(List<JsonElement> bars, string chart, Dictionary<(string Series, string Category), int> expected)
    {
        var drawn = bars.Where(b => b.GetProperty("chart").GetString() == chart)
            .ToDictionary(b => (b.GetProperty("series").GetString()!, b.GetProperty("category").GetString()!), b => b);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), drawn.Keys.Order());
        foreach (var (key, count) in expected)
        {
            Assert.Equal(count, drawn[key].GetProperty("count").GetInt32());
        }

        // One scale per chart: pixels per count are the same for every bar (vertical bars by height, horizontal by width).
        var vertical = chart != "chart-nmq-by-unit";
        var scales = drawn.Values.Select(b => b.GetProperty(vertical ? "height" : "width").GetDouble() / b.GetProperty("count").GetInt32()).ToList();
        Assert.All(scales, s => Assert.Equal(scales[0], s, 2));
    }

    private static string PdfText(string pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/pdftotext") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-layout", pdf, "-" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        return text;
    }

    private static string FirstLines(string page) => string.Join('\n', page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(3));
}
