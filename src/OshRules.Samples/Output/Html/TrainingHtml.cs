using OshRules.Samples.Report;
using OshRules.Samples.Text;
using OshRules.Training;
using static OshRules.Samples.Text.ValueText;

namespace OshRules.Samples.Output.Html;

/// <summary>The training section: course standings and open conditions, training due per month, and the lists.</summary>
internal static class TrainingHtml
{
    private static readonly Dictionary<TrainingDueKind, string> Colours = new()
    {
        [TrainingDueKind.GeneralOnHireOrChange] = "#009e73",
        [TrainingDueKind.InService] = "#56b4e9",
    };

    public static void Write(HtmlText html, TrainingSection s, Labels l)
    {
        html.Raw("<section class=\"programme\" id=\"programme-training\" data-programme=\"Training\">").Element("h2", l["trainingSection"]);
        html.Element("p", string.Join(" · ", Enum.GetValues<CourseStanding>().Select(x => $"{Standing(x, l)} {l.Number(s.ByStanding[x])}"))
            + $" · {l["overdue"]} {l.Number(s.Overdue)} · {l["dueSoon"]} {l.Number(s.DueSoon)}");

        html.Element("h3", l["trainingChart"]);
        SvgCharts.Months(html, "chart-training-by-month", s.Schedule, k => Of(k, l), k => Colours[k], l);

        html.Element("h3", l["training"]);
        html.Table("training-due", [l["worker"], l["name"], l["unit"], l["kind"], l["due"], l["missing"], l["status"]],
            s.Due.Items().Select(t => new HtmlCell[]
            {
                t.Row.WorkerId, t.Row.Name, t.Row.Unit, Of(t.Kind, l), l.Date(t.DueDate), new(Hours(t.HoursMissing), "num"),
                new(Of(t.Status, l), t.Status == TrainingDueStatus.Overdue ? "overdue" : "soon"),
            }),
            s.Due.Rest, l.Format("more", l.Number(s.Due.Rest)), l["none"]);

        html.Element("h3", l["courses"]);
        html.Table("course-standings", [l["status"], l["count"]],
            Enum.GetValues<CourseStanding>().Select(x => new HtmlCell[] { Standing(x, l), new(l.Number(s.ByStanding[x]), "num") }),
            0, string.Empty, l["none"]);
        html.Table("open-conditions", [l["open"], l["count"]],
            TrainingSection.Conditions.Select(c => new HtmlCell[] { Of(c, l), new(l.Number(s.OpenConditions[c]), "num") }),
            0, string.Empty, l["none"]);
        html.Table("courses-not-passed", [l["worker"], l["name"], l["unit"], l["course"], l["status"], l["open"], l["test"], l["attempts"]],
            s.NotPassed.Items().Select(c => new HtmlCell[]
            {
                c.Row.WorkerId, c.Row.Name, c.Row.Unit, c.CourseId, Standing(c.Standing, l), Of(c.Open, l),
                c.Test is { } test ? Of(test, l) : null, c.AttemptLimit > 0 ? $"{c.AttemptsUsed}/{c.AttemptLimit}" : null,
            }),
            s.NotPassed.Rest, l.Format("more", l.Number(s.NotPassed.Rest)), l["none"]);
        html.Raw("</section>");
    }
}
