using OshRules.HealthExams;
using OshRules.Samples.Report;
using OshRules.Samples.Text;
using static OshRules.Samples.Text.ValueText;

namespace OshRules.Samples.Output.Html;

/// <summary>The health-exam section: the figures, the exams due per month by kind, and the exams overdue or due soon.</summary>
internal static class ExamsHtml
{
    private static readonly Dictionary<ExamKind, string> Colours = new()
    {
        [ExamKind.GeneralPhysical] = "#cc79a7",
        [ExamKind.PeriodicGeneral] = "#0072b2",
        [ExamKind.SpecialPhysical] = "#e69f00",
        [ExamKind.SpecialPeriodic] = "#d55e00",
    };

    public static void Write(HtmlText html, ExamsSection s, Labels l)
    {
        html.Raw("<section class=\"programme\" id=\"programme-exams\" data-programme=\"HealthExams\">").Element("h2", l["examsSection"]);
        html.Element("p", $"{l["overdue"]} {l.Number(s.Overdue)} · {l["dueSoon"]} {l.Number(s.DueSoon)} · {l["scheduled"]} {l.Number(s.Scheduled)}");

        html.Element("h3", l["examsChart"]);
        SvgCharts.Months(html, "chart-exams-by-month", s.Schedule, k => Of(k, l), k => Colours[k], l);

        html.Element("h3", l["exams"]);
        html.Table("exams-due", [l["worker"], l["name"], l["unit"], l["exam"], l["hazard"], l["due"], l["status"]],
            s.Due.Items().Select(x => new HtmlCell[]
            {
                x.Row.WorkerId, x.Row.Name, x.Row.Unit, Of(x.Kind, l), x.Hazard is { } h ? Of(h, l) : null, l.Date(x.DueDate),
                new(Status(x.Status, l), x.Status.IsOverdue ? "overdue" : "soon"),
            }),
            s.Due.Rest, l.Format("more", l.Number(s.Due.Rest)), l["none"]);

        if (s.FollowUpsByLevel.Any(n => n > 0))
        {
            html.Element("h3", l["followUps"]);
            html.Table("management-levels", [l["grade"], l["count"]],
                Enum.GetValues<ManagementLevel>().Select(level => new HtmlCell[] { Of(level, l), new(l.Number(s.FollowUpsByLevel[(int)level]), "num") }),
                0, string.Empty, l["none"]);
        }

        html.Raw("</section>");
    }
}
