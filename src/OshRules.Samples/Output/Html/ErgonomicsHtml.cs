using OshRules.Ergonomics;
using OshRules.Samples.Report;
using OshRules.Samples.Text;
using static OshRules.Samples.Text.ValueText;

namespace OshRules.Samples.Output.Html;

/// <summary>The ergonomics section: the body map, 表 5 with shares, 表 2, the grades by unit and the workers graded.</summary>
internal static class ErgonomicsHtml
{
    public static readonly Dictionary<NmqGradeLevel, string> Colours = new()
    {
        [NmqGradeLevel.Red] = "#c62828",
        [NmqGradeLevel.DarkYellow] = "#f9a825",
        [NmqGradeLevel.LightYellow] = "#fff176",
        [NmqGradeLevel.None] = "#cfd8dc",
    };

    public static void Write(HtmlText html, ErgonomicsSection s, Labels l)
    {
        html.Raw("<section class=\"programme\" id=\"programme-ergonomics\" data-programme=\"Ergonomics\">").Element("h2", l["nmqSection"]);
        html.Element("p", $"{l["respondents"]} {l.Number(s.Respondents)} · " + string.Join(" · ", ErgonomicsSection.Levels.Select(v => $"{Of(v, l)} {l.Number(s.ByLevel[(int)v])}")));

        html.Element("h3", l["bodyMap"]);
        BodyMapSvg.Write(html, s, l);
        html.Element("p", l["sideNote"], "class=\"note\"");

        html.Element("h3", l["table5"]);
        var table5 = s.Table5;
        html.Table("table5", [l["region"], l["count"], l["share"]],
            BodyRegions.All.Select(region => new HtmlCell[]
            {
                Of(region, l), new(l.Number(table5.CountOf(region)), "num"), new(l.Percent(s.ShareOf(region)), "num"),
            }),
            0, string.Empty, l["none"]);

        html.Element("h3", l["table2"]);
        html.Table("table2", [l["grade"], l["count"]],
            NmqTableText.Table2Rows(s.Table2, l).Select(x => new HtmlCell[] { x.Label, new(l.Number(x.Count), "num") }),
            0, string.Empty, l["none"]);

        html.Element("h3", l["nmqByUnit"]);
        var units = s.ByUnit.Rows();
        var categories = units.Select(u => (Key: u.Unit ?? string.Empty, Label: u.Unit ?? l["noUnit"])).ToList();
        var series = ErgonomicsSection.Levels
            .Select(level => new ChartSeries(level.ToString(), Of(level, l), Colours[level], units.Select(u => u.Counts[(int)level]).ToArray()))
            .ToList();
        SvgCharts.Rows(html, "chart-nmq-by-unit", categories, series, l);

        html.Element("h3", l["nmq"]);
        html.Table("nmq-grades", [l["worker"], l["name"], l["unit"], l["grade"], l["regions"]],
            s.Graded.Items().Select(g => new HtmlCell[]
            {
                g.Row.WorkerId, g.Row.Name, g.Row.Unit, new(Of(g.Level, l), "g-" + g.Level),
                string.Join(l.Chinese ? "、" : ", ", g.Regions.Select(x => Of(x, l))),
            }),
            s.Graded.Rest, l.Format("more", l.Number(s.Graded.Rest)), l["none"]);
        html.Element("p", $"{l["improvements"]}{l.Colon}{l.Number(s.SimpleImprovements)} / {l.Number(s.AdvancedImprovements)}", "class=\"note\"");
        html.Raw("</section>");
    }
}
