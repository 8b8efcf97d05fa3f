using OshRules.Resources;
using OshRules.Samples.Report;
using OshRules.Samples.Text;

namespace OshRules.Samples.Output.Html;

/// <summary>
/// <c>--html</c>: the report a health officer takes to the OSH committee, built from the roster's streamed aggregates.
/// Notices of amendments first, a summary of the four programmes, then one section per programme (each starting a
/// printed page) with its charts and bounded tables, every table with the unit column. Self-contained: no script, no
/// external resource, a Content-Security-Policy of <c>default-src 'none'</c>; every value is escaped.
/// </summary>
internal static class HtmlReport
{
    public static void Write(TextWriter writer, RosterReport r, RosterSource source, Labels l)
    {
        var html = new HtmlText(writer);
        html.Raw($"<!DOCTYPE html><html lang=\"{(l.Chinese ? "zh-TW" : "en")}\"><head><meta charset=\"utf-8\">");
        html.Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Element("title", $"{l["reportTitle"]} · {l.LongDate(r.AsOf)}");
        html.Raw("<style>").Raw(HtmlStyle.Css(l["confidential"])).Raw("</style></head><body>");
        html.Element("div", l["confidential"], "class=\"banner\" id=\"confidential\" role=\"note\"");
        html.Raw("<header>").Element("h1", l["reportTitle"]);
        html.Raw("<p class=\"meta\">").Text(l["asOf"] + l.Colon).Element("strong", l.LongDate(r.AsOf), "id=\"as-of\"")
            .Text(" · " + l["roster"] + l.Colon + ConsoleReport.RosterLine(r, source, l)).Raw("</p></header>");

        Notices(html, r, l);
        Summary(html, r, l);
        ExamsHtml.Write(html, r.Exams, l);
        ErgonomicsHtml.Write(html, r.Ergonomics, l);
        MaternalHtml.Write(html, r.Maternal, l);
        TrainingHtml.Write(html, r.Training, l);
        Rejected(html, r, l);
        Other(html, r, l);
        html.Element("footer", l["generatedBy"]);
        html.Raw("</body></html>\n");
    }

    private static void Notices(HtmlText html, RosterReport r, Labels l)
    {
        var items = r.Notices.Items();
        if (items.Count == 0)
        {
            return;
        }

        html.Raw("<section class=\"notices\" id=\"notices\">").Element("h2", l["notices"]).Raw("<ul>");
        foreach (var (amendment, count, type) in items)
        {
            html.Element("li", NoticeText.Of(amendment, count, type, l), $"class=\"notice\" data-effective=\"{amendment.EffectiveFrom:yyyy-MM-dd}\" data-count=\"{count}\"");
        }

        html.Raw("</ul></section>");
    }

    private static void Summary(HtmlText html, RosterReport r, Labels l)
    {
        html.Raw("<section id=\"summary\">").Element("h2", l["summary"]).Raw("<div class=\"cards\">");
        Card(html, "exams", l["examsSection"],
        [
            (l["overdue"], r.Exams.Overdue),
            (l["dueSoon"], r.Exams.DueSoon),
            (l["scheduled"], r.Exams.Scheduled),
        ]);
        var nmq = r.Ergonomics;
        Card(html, "ergonomics", l["nmqSection"],
        [
            (l["respondents"], nmq.Respondents),
            .. ErgonomicsSection.Levels.Select(level => (ValueText.Of(level, l), nmq.ByLevel[(int)level])),
        ]);
        Card(html, "maternal", l["maternalSection"],
        [
            .. MaternalSection.Tiers.Select(t => (ValueText.Of(t, l), r.Maternal.ByTier[t])),
            (l["pregnant"], r.Maternal.Record.Pregnant),
            (l["breastfeeding"], r.Maternal.Record.Breastfeeding),
        ]);
        Card(html, "training", l["trainingSection"],
        [
            .. Enum.GetValues<CourseStanding>().Select(s => (ValueText.Standing(s, l), r.Training.ByStanding[s])),
            (l["training"], r.Training.Overdue + r.Training.DueSoon),
        ]);
        html.Raw("</div></section>");
    }

    private static void Card(HtmlText html, string id, string title, IEnumerable<(string Label, int Count)> figures)
    {
        html.Raw($"<div class=\"card\" id=\"summary-{id}\">").Element("h3", title).Raw("<dl>");
        foreach (var (label, count) in figures)
        {
            html.Element("dt", label).Element("dd", count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        html.Raw("</dl></div>");
    }

    private static void Rejected(HtmlText html, RosterReport r, Labels l)
    {
        if (r.Rejected == 0)
        {
            return;
        }

        html.Raw("<section id=\"rejected-rows\">").Element("h2", l["rejected"]);
        html.Table("rejected", [l["line"], l["column"], l["reason"]],
            r.Rejections.Items().Select(e => new HtmlCell[] { new(l.Number(e.Line), "num"), e.Column, l.Pick(e.Reason) }),
            r.Rejections.Rest, l.Format("more", l.Number(r.Rejections.Rest)), l["none"]);
        html.Raw("</section>");
    }

    private static void Other(HtmlText html, RosterReport r, Labels l)
    {
        if (r.OtherConclusions.Count == 0)
        {
            return;
        }

        html.Raw("<section id=\"other-conclusions\">").Element("h2", l["other"]);
        html.Table("other", [l["conclusion"], l["count"]],
            r.OtherConclusions.OrderBy(o => o.Key.Name, StringComparer.Ordinal).Select(o => new HtmlCell[] { DisplayNames.Of(o.Key, l.Language), new(l.Number(o.Value), "num") }),
            0, string.Empty, l["none"]);
        html.Raw("</section>");
    }
}
