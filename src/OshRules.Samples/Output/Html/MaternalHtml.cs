using OshRules.MaternalProtection;
using OshRules.Samples.Report;
using OshRules.Samples.Text;
using static OshRules.Samples.Text.ValueText;

namespace OshRules.Samples.Output.Html;

/// <summary>The maternal-protection section: the assessments by tier, the hazards found and 附表六's counts.</summary>
internal static class MaternalHtml
{
    public static void Write(HtmlText html, MaternalSection s, Labels l)
    {
        html.Raw("<section class=\"programme\" id=\"programme-maternal\" data-programme=\"MaternalProtection\">").Element("h2", l["maternalSection"]);
        html.Element("p", string.Join(" · ", MaternalSection.Tiers.Select(t => $"{Of(t, l)} {l.Number(s.ByTier[t])}")));

        html.Element("h3", l["maternal"]);
        html.Table("maternal", [l["worker"], l["name"], l["unit"], l["phase"], l["tier"], l["findings"], l["actions"]],
            s.Assessments.Items().Select(a => new HtmlCell[]
            {
                a.Row.WorkerId, a.Row.Name, a.Row.Unit, Of(a.Phase, l), new(Of(a.Tier, l), "t-" + a.Tier),
                string.Join(l.Chinese ? "；" : "; ", a.Findings.Select(f => $"{Of(f.Kind, l)}{l.Colon}{Of(f.Tier, l)}{(f.Downgradable ? (l.Chinese ? "（" + l["downgradable"] + "）" : " (" + l["downgradable"] + ")") : string.Empty)}")),
                Of(a.Actions, l),
            }),
            s.Assessments.Rest, l.Format("more", l.Number(s.Assessments.Rest)), l["none"]);

        if (s.Findings.Count > 0)
        {
            html.Element("h3", l["findings"]);
            html.Table("maternal-findings", [l["hazard"], .. MaternalSection.Tiers.Select(t => Of(t, l))],
                s.Findings.Keys.Select(k => k.Kind).Distinct().Order().Select(kind => (HtmlCell[])
                [
                    Of(kind, l), .. MaternalSection.Tiers.Select(t => new HtmlCell(l.Number(s.Findings.GetValueOrDefault((kind, t))), "num")),
                ]),
                0, string.Empty, l["none"]);
        }

        if (s.Periods.Count > 0)
        {
            html.Element("h3", l["protectionPeriod"]);
            html.Table("maternal-periods", [l["phase"], l["statuses"]],
                ProtectionPeriodText.Rows(s.Periods, l).Select(p => (HtmlCell[])[p.Place, new(l.Number(p.Count), "num")]),
                0, string.Empty, l["none"]);
        }

        html.Element("h3", l["annex6"]);
        if (s.RecordUnavailable is { } why)
        {
            html.Element("p", why, "class=\"note\"");
        }

        var r = s.Record;
        html.Table("annex6", [l["annex6"], l["count"]],
        [
            [l["women"], new(l.Number(r.Women), "num")],
            [l["womenReproductive"], new(l.Number(r.WomenOfReproductiveAge), "num")],
            [l["pregnant"], new(l.Number(r.Pregnant), "num")],
            [l["breastfeeding"], new(l.Number(r.Breastfeeding), "num")],
            [l["interviews"], new(l.Number(r.PhysicianInterviewsNeeded), "num")],
            [l["fitness"], new(l.Number(r.FitnessAssessmentsNeeded), "num")],
        ],
            0, string.Empty, l["none"]);
        if (r.Basis.Count > 0)
        {
            html.Element("p", l["basis"] + l.Colon + string.Join(l.Chinese ? "；" : "; ", r.Basis.Select(c => Citation(c, l))), "class=\"note\"");
        }

        html.Raw("</section>");
    }
}
