using System.Globalization;
using OshRules.Ergonomics;
using OshRules.MaternalProtection;
using OshRules.Samples.Report;
using OshRules.Samples.Text;
using OshRules.Training;
using Spectre.Console;
using static OshRules.Samples.Text.ValueText;

namespace OshRules.Samples.Output;

/// <summary>
/// Prints the roster's summary as Spectre.Console tables: the first rows of each list and how many more there are.
/// Every text from the roster goes through <see cref="Cell"/>, which removes terminal control and bidirectional
/// characters and escapes Spectre markup.
/// </summary>
internal static class ConsoleReport
{
    private const int MaxRows = 25;

    public static void Write(IAnsiConsole console, RosterReport r, RosterSource source, Labels l)
    {
        console.Write(new Rule($"[bold]{Cell(l["title"])}[/]"));
        console.MarkupLine($"{Cell(l["asOf"])}: [bold]{Cell(l.LongDate(r.AsOf))}[/]  {Cell(l["roster"])}: {Cell(RosterLine(r, source, l))}");

        foreach (var (amendment, count, type) in r.Notices.Items())
        {
            console.MarkupLine($"[yellow]{Cell(l["notices"])}:[/] {Cell(NoticeText.Of(amendment, count, type, l))}");
        }

        if (r.Rejected > 0)
        {
            var t = NewTable(l["rejected"], l["line"], l["column"], l["reason"]);
            foreach (var e in r.Rejections.Items().Take(MaxRows))
            {
                t.AddRow(l.Number(e.Line), Cell(e.Column), Cell(l.Pick(e.Reason)));
            }

            Finish(console, t, r.Rejected, l);
        }

        WriteExams(console, r, l);
        WriteErgonomics(console, r, l);
        WriteMaternal(console, r, l);
        WriteTraining(console, r, l);

        if (r.OtherConclusions.Count > 0)
        {
            var t = NewTable(l["other"], l["conclusion"], l["count"]);
            foreach (var (type, count) in r.OtherConclusions.OrderBy(o => o.Key.Name, StringComparer.Ordinal))
            {
                t.AddRow(Cell(OshRules.Resources.DisplayNames.Of(type, l.Language)), l.Number(count));
            }

            console.Write(t);
        }
    }

    /// <summary>"300 rows: 298 evaluated, 2 rejected (utf-8)".</summary>
    public static string RosterLine(RosterReport r, RosterSource source, Labels l) =>
        l.Format(source.DataRows == 1 ? "rosterLine1" : "rosterLine", l.Number(source.DataRows), l.Number(r.Evaluated), l.Number(r.Rejected), source.Encoding);

    /// <summary>Roster text made safe for the terminal and for Spectre markup.</summary>
    public static string Cell(string? text) => Markup.Escape(TerminalText.Clean(text));

    private static void WriteExams(IAnsiConsole console, RosterReport r, Labels l)
    {
        var t = NewTable(l["exams"], l["worker"], l["unit"], l["exam"], l["hazard"], l["due"], l["status"]);
        foreach (var x in r.Exams.Due.Items().Take(MaxRows))
        {
            var colour = x.Status.IsOverdue ? "red" : "yellow";
            t.AddRow(Cell(x.Row.WorkerId), Cell(x.Row.Unit), Cell(Of(x.Kind, l)), Cell(x.Hazard is { } h ? Of(h, l) : null), Cell(l.Date(x.DueDate)), $"[{colour}]{Cell(Status(x.Status, l))}[/]");
        }

        Finish(console, t, r.Exams.Due.Total, l);
    }

    private static void WriteErgonomics(IAnsiConsole console, RosterReport r, Labels l)
    {
        var e = r.Ergonomics;
        var t = NewTable(l["nmq"], l["grade"], l["count"], l["worker"] + " / " + l["regions"]);
        var graded = e.Graded.Items();
        foreach (var level in ErgonomicsSection.Levels)
        {
            var examples = string.Join("; ", graded.Where(g => g.Level == level).Take(4)
                .Select(g => g.Row.WorkerId + (g.Regions.IsEmpty ? string.Empty : " (" + string.Join(", ", g.Regions.Select(x => Of(x, l))) + ")")));
            t.AddRow($"[{GradeColour(level)}]{Cell(Of(level, l))}[/]", l.Number(e.ByLevel[(int)level]), Cell(examples));
        }

        console.Write(t);

        var table2 = NewTable(l["table2"], l["grade"], l["count"]);
        foreach (var (label, n) in NmqTableText.Table2Rows(e.Table2, l))
        {
            table2.AddRow(Cell(label), l.Number(n));
        }

        console.Write(table2);

        var table5 = NewTable(l["table5"], l["region"], l["count"], l["share"]);
        foreach (var region in BodyRegions.All)
        {
            table5.AddRow(Cell(Of(region, l)), l.Number(e.Table5.CountOf(region)), l.Percent(e.ShareOf(region)));
        }

        table5.Caption = new TableTitle(Cell($"{l["respondents"]}: {l.Number(e.Respondents)}"));
        console.Write(table5);
    }

    private static void WriteMaternal(IAnsiConsole console, RosterReport r, Labels l)
    {
        var t = NewTable(l["maternal"], l["worker"], l["unit"], l["phase"], l["tier"], l["findings"]);
        foreach (var a in r.Maternal.Assessments.Items().Take(MaxRows))
        {
            var findings = string.Join("; ", a.Findings.Select(f => $"{Of(f.Kind, l)} {Of(f.Tier, l)}{(f.Downgradable ? " (" + l["downgradable"] + ")" : string.Empty)}"));
            t.AddRow(Cell(a.Row.WorkerId), Cell(a.Row.Unit), Cell(Of(a.Phase, l)), $"[{TierColour(a.Tier)}]{Cell(Of(a.Tier, l))}[/]", Cell(findings));
        }

        Finish(console, t, r.Maternal.Assessments.Total, l);
        if (r.Maternal.Periods.Count > 0)
        {
            var periods = NewTable(l["protectionPeriod"], l["phase"], l["statuses"]);
            foreach (var (place, count) in ProtectionPeriodText.Rows(r.Maternal.Periods, l))
            {
                periods.AddRow(Cell(place), l.Number(count));
            }

            console.Write(periods);
        }
    }

    private static void WriteTraining(IAnsiConsole console, RosterReport r, Labels l)
    {
        var s = r.Training;
        var courses = NewTable(l["courses"], l["worker"], l["unit"], l["course"], l["status"], l["open"], l["test"], l["attempts"]);
        foreach (var c in s.NotPassed.Items().Take(MaxRows))
        {
            courses.AddRow(
                Cell(c.Row.WorkerId),
                Cell(c.Row.Unit),
                Cell(c.CourseId),
                Cell(Standing(c.Standing, l)),
                Cell(Of(c.Open, l)),
                Cell(c.Test is { } test ? Of(test, l) : null),
                c.AttemptLimit > 0 ? $"{c.AttemptsUsed}/{c.AttemptLimit}" : string.Empty);
        }

        courses.Caption = new TableTitle(Cell(string.Join(" · ", Enum.GetValues<CourseStanding>().Select(x => $"{Standing(x, l)} {l.Number(s.ByStanding[x])}"))));
        console.Write(courses.Rows.Count == 0 ? courses.AddRow(Cell(l["none"])) : courses);

        var training = NewTable(l["training"], l["worker"], l["unit"], l["kind"], l["due"], l["missing"], l["status"]);
        foreach (var t in s.Due.Items().Take(MaxRows))
        {
            var colour = t.Status == TrainingDueStatus.Overdue ? "red" : "yellow";
            training.AddRow(Cell(t.Row.WorkerId), Cell(t.Row.Unit), Cell(Of(t.Kind, l)), Cell(l.Date(t.DueDate)), Hours(t.HoursMissing), $"[{colour}]{Cell(Of(t.Status, l))}[/]");
        }

        Finish(console, training, s.Due.Total, l);
    }

    public static string GradeColour(NmqGradeLevel level) => level switch
    {
        NmqGradeLevel.Red => "red",
        NmqGradeLevel.DarkYellow => "darkorange",
        NmqGradeLevel.LightYellow => "yellow",
        _ => "grey",
    };

    private static string TierColour(RiskTier tier) => tier switch
    {
        RiskTier.Tier3 => "red",
        RiskTier.Tier2 => "yellow",
        _ => "green",
    };

    private static Table NewTable(string title, params string[] headers)
    {
        var t = new Table { Title = new TableTitle(Cell(title)) };
        foreach (var h in headers)
        {
            t.AddColumn(Cell(h));
        }

        return t;
    }

    private static void Finish(IAnsiConsole console, Table t, int total, Labels l)
    {
        var shown = t.Rows.Count;
        if (shown == 0)
        {
            t.AddRow(Cell(l["none"]));
        }

        if (total > shown)
        {
            t.Caption = new TableTitle(Cell(l.Format("more", l.Number(total - shown))));
        }

        console.Write(t);
    }
}

/// <summary>Where the rows came from: the count of data rows and the encodings met.</summary>
internal sealed record RosterSource(int DataRows, string Encoding);
