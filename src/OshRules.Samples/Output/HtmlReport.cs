using System.Globalization;
using System.Net;
using System.Text;
using OshRules.Ergonomics;
using OshRules.MaternalProtection;
using OshRules.Resources;

namespace OshRules.Samples.Output;

/// <summary>
/// A self-contained HTML report (no script, no external resource): the tables, an SVG body map of the 15 NMQ regions
/// coloured by how many workers score 3 or more there, and the maternal and exam summaries. Every value is HTML-escaped.
/// </summary>
internal static class HtmlReport
{
    public static string Render(RosterEvaluation e, Labels l)
    {
        var lang = l.Language;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"").Append(l.Chinese ? "zh-TW" : "en").Append("\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        sb.Append("<title>").Append(H(l["title"])).Append("</title><style>");
        sb.Append("body{font-family:sans-serif;margin:2em;color:#212121}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bdbdbd;padding:4px 8px;text-align:left}th{background:#eeeeee}");
        sb.Append(".overdue{color:#c62828;font-weight:bold}.soon{color:#ef6c00}.g-Red{background:#e53935;color:#fff}.g-DarkYellow{background:#ffb300}.g-LightYellow{background:#fff59d}.g-None{background:#f5f5f5}");
        sb.Append(".t-Tier3{background:#e53935;color:#fff}.t-Tier2{background:#fff59d}.t-Tier1{background:#c8e6c9}.layout{display:flex;gap:2em;align-items:flex-start}.legend span{display:inline-block;padding:2px 8px;margin-right:4px;border:1px solid #9e9e9e}");
        sb.Append("</style></head><body>");
        sb.Append("<h1>").Append(H(l["title"])).Append("</h1>");
        sb.Append("<p>").Append(H(l["asOf"])).Append(": <strong id=\"as-of\">").Append(e.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</strong> · ")
          .Append(H(l["roster"])).Append(": ").Append(e.File.DataRows).Append(" → ").Append(e.Rows.Count(r => r.Result.IsValid)).Append(' ').Append(H(l["rowsRead"]))
          .Append(", ").Append(e.Errors.Count).Append(' ').Append(H(l["rowsRejected"])).Append("</p>");

        // NMQ body map beside Table 5.
        var counts = BodyRegions.All.ToDictionary(r => r.ToString(), r => e.Report.NmqTable5.CountOf(r), StringComparer.Ordinal);
        sb.Append("<h2>").Append(H(l["table5"])).Append("</h2><div class=\"layout\"><div>").Append(BodyMapSvg.Render(counts, l.Chinese));
        sb.Append("<p class=\"legend\"><span style=\"background:#e0e0e0\">0</span><span style=\"background:#fff59d\">1–2</span><span style=\"background:#ffb300\">3–5</span><span style=\"background:#e53935;color:#fff\">6+</span></p></div>");
        Table(sb, "table5", [l["region"], l["count"]], BodyRegions.All.Select(r => new[] { DisplayNames.Of(r, lang), e.Report.NmqTable5.CountOf(r).ToString(CultureInfo.InvariantCulture) }));
        sb.Append("</div>");

        sb.Append("<h2>").Append(H(l["table2"])).Append("</h2>");
        Table(sb, "table2", [l["grade"], l["count"]], ConsoleReport.Table2Rows(e.Report.NmqTable2, l).Select(x => new[] { x.Label, x.Count.ToString(CultureInfo.InvariantCulture) }));

        sb.Append("<h2>").Append(H(l["nmq"])).Append("</h2><table id=\"nmq-grades\"><tr><th>").Append(H(l["worker"])).Append("</th><th>").Append(H(l["name"])).Append("</th><th>")
          .Append(H(l["grade"])).Append("</th><th>").Append(H(l["regions"])).Append("</th></tr>");
        foreach (var (row, g) in e.Rows.SelectMany(r => r.Result.All<NmqGrade>().Where(g => g.Level != NmqGradeLevel.None).Select(g => (r, g))))
        {
            sb.Append("<tr><td>").Append(H(row.WorkerId)).Append("</td><td>").Append(H(row.Name)).Append("</td><td class=\"g-").Append(g.Level).Append("\">")
              .Append(H(DisplayNames.Of(g.Level, lang))).Append("</td><td>").Append(H(string.Join(", ", g.RegionsAtRisk.Select(r => DisplayNames.Of(r, lang))))).Append("</td></tr>");
        }

        sb.Append("</table>");

        sb.Append("<h2>").Append(H(l["exams"])).Append("</h2><table id=\"exams-due\"><tr><th>").Append(H(l["worker"])).Append("</th><th>").Append(H(l["name"])).Append("</th><th>")
          .Append(H(l["exam"])).Append("</th><th>").Append(H(l["due"])).Append("</th><th>").Append(H(l["status"])).Append("</th></tr>");
        var nameOf = e.Rows.ToDictionary(r => r.Result.CaseId, r => r.Name, StringComparer.Ordinal);
        foreach (var x in e.Report.ExamsDue)
        {
            sb.Append("<tr><td>").Append(H(x.WorkerId)).Append("</td><td>").Append(H(nameOf.GetValueOrDefault(x.CaseId))).Append("</td><td>")
              .Append(H(DisplayNames.Of(x.Exam, lang) + (x.Hazard is { } h ? " · " + DisplayNames.Of(h.Category, lang) : string.Empty))).Append("</td><td>")
              .Append(x.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</td><td class=\"").Append(x.Status.IsOverdue ? "overdue" : "soon").Append("\">")
              .Append(H(ConsoleReport.StatusText(x.Status, l))).Append("</td></tr>");
        }

        sb.Append("</table>");

        sb.Append("<h2>").Append(H(l["maternal"])).Append("</h2><table id=\"maternal\"><tr><th>").Append(H(l["worker"])).Append("</th><th>").Append(H(l["name"])).Append("</th><th>")
          .Append(H(l["phase"])).Append("</th><th>").Append(H(l["tier"])).Append("</th><th>").Append(H(l["findings"])).Append("</th></tr>");
        foreach (var (row, a) in e.Rows.SelectMany(r => r.Result.All<MaternalRiskAssessment>().Select(a => (r, a))))
        {
            sb.Append("<tr><td>").Append(H(row.WorkerId)).Append("</td><td>").Append(H(row.Name)).Append("</td><td>").Append(H(DisplayNames.Of(a.Period.Phase, lang)))
              .Append("</td><td class=\"t-").Append(a.OverallTier).Append("\">").Append(H(DisplayNames.Of(a.OverallTier, lang))).Append("</td><td>")
              .Append(H(string.Join("; ", a.Findings.Where(f => f.Tier is not null).Select(f => $"{DisplayNames.Of(f.Kind, lang)}: {DisplayNames.Of(f.Tier!.Value, lang)} — {f.Reason}"))))
              .Append("</td></tr>");
        }

        sb.Append("</table>");
        var m = e.Report.MaternalExecutionRecord;
        sb.Append("<p id=\"maternal-record\">附表六: ").Append(H(l.Chinese
            ? $"女性 {m.Women} 人，15–49 歲 {m.WomenOfReproductiveAge} 人，妊娠中 {m.Pregnant} 人，哺乳 {m.Breastfeeding} 人，需醫師面談 {m.PhysicianInterviewsNeeded} 人"
            : $"women {m.Women}, aged 15–49 {m.WomenOfReproductiveAge}, pregnant {m.Pregnant}, breastfeeding {m.Breastfeeding}, physician interviews needed {m.PhysicianInterviewsNeeded}")).Append("</p>");

        if (e.Errors.Count > 0)
        {
            sb.Append("<h2>").Append(H(l["rejected"])).Append("</h2>");
            Table(sb, "rejected", [l["line"], l["column"], l["reason"]], e.Errors.Select(x => new[] { x.Line.ToString(CultureInfo.InvariantCulture), x.Column, x.Reason }));
        }

        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, string id, string[] headers, IEnumerable<string[]> rows)
    {
        sb.Append("<table id=\"").Append(id).Append("\"><tr>");
        foreach (var h in headers)
        {
            sb.Append("<th>").Append(H(h)).Append("</th>");
        }

        sb.Append("</tr>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(H(cell)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</table>");
    }

    private static string H(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
