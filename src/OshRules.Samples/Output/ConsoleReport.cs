using System.Globalization;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Resources;
using OshRules.Training;
using Spectre.Console;

namespace OshRules.Samples.Output;

/// <summary>Prints an evaluated roster as Spectre.Console tables.</summary>
internal static class ConsoleReport
{
    private const int MaxRows = 25;

    public static void Write(IAnsiConsole console, RosterEvaluation e, Labels l)
    {
        var lang = l.Language;
        console.Write(new Rule($"[bold]{Markup.Escape(l["title"])}[/]"));
        console.MarkupLine($"{Markup.Escape(l["asOf"])}: [bold]{e.AsOf:yyyy-MM-dd}[/]  {Markup.Escape(l["roster"])}: {e.File.DataRows} → {e.Rows.Count(r => r.Result.IsValid)} {Markup.Escape(l["rowsRead"])}, {e.Errors.Count} {Markup.Escape(l["rowsRejected"])} ({e.File.Encoding})");

        if (e.Errors.Count > 0)
        {
            var t = NewTable(l["rejected"], l["line"], l["column"], l["reason"]);
            foreach (var err in e.Errors.Take(MaxRows))
            {
                t.AddRow(err.Line.ToString(CultureInfo.InvariantCulture), Markup.Escape(err.Column), Markup.Escape(err.Reason));
            }

            Finish(console, t, e.Errors.Count, l);
        }

        var exams = NewTable(l["exams"], l["worker"], l["unit"], l["exam"], l["hazard"], l["due"], l["status"]);
        var unitOf = e.Rows.ToDictionary(r => r.Result.CaseId, r => r.Unit, StringComparer.Ordinal);
        foreach (var x in e.Report.ExamsDue.Take(MaxRows))
        {
            var colour = x.Status.IsOverdue ? "red" : "yellow";
            exams.AddRow(
                Markup.Escape(x.WorkerId),
                Markup.Escape(unitOf.GetValueOrDefault(x.CaseId) ?? string.Empty),
                Markup.Escape(DisplayNames.Of(x.Exam, lang)),
                Markup.Escape(x.Hazard is { } h ? DisplayNames.Of(h.Category, lang) : string.Empty),
                x.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"[{colour}]{Markup.Escape(StatusText(x.Status, l))}[/]");
        }

        Finish(console, exams, e.Report.ExamsDue.Count, l);

        var grades = e.Rows.SelectMany(r => r.Result.All<NmqGrade>()).ToList();
        var nmq = NewTable(l["nmq"], l["grade"], l["count"], l["worker"] + " / " + l["regions"]);
        foreach (var level in new[] { NmqGradeLevel.Red, NmqGradeLevel.DarkYellow, NmqGradeLevel.LightYellow, NmqGradeLevel.None })
        {
            var those = grades.Where(g => g.Level == level).ToList();
            var examples = string.Join("; ", those.Where(g => g.RegionsAtRisk.Length > 0 || level >= NmqGradeLevel.DarkYellow).Take(4)
                .Select(g => g.SubjectId + (g.RegionsAtRisk.Length > 0 ? " (" + string.Join(", ", g.RegionsAtRisk.Select(r => DisplayNames.Of(r, lang))) + ")" : string.Empty)));
            nmq.AddRow($"[{GradeColour(level)}]{Markup.Escape(DisplayNames.Of(level, lang))}[/]", those.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(examples));
        }

        console.Write(nmq);

        var maternal = NewTable(l["maternal"], l["worker"], l["phase"], l["tier"], l["findings"]);
        foreach (var (row, a) in e.Rows.SelectMany(r => r.Result.All<MaternalRiskAssessment>().Select(a => (r, a))))
        {
            var findings = string.Join("; ", a.Findings.Where(f => f.Tier is not null)
                .Select(f => $"{DisplayNames.Of(f.Kind, lang)} {TierText(f.Tier!.Value, lang)}{(f.Downgrade is null ? string.Empty : " ↓")}"));
            maternal.AddRow(Markup.Escape(row.WorkerId), Markup.Escape(DisplayNames.Of(a.Period.Phase, lang)), $"[{TierColour(a.OverallTier)}]{Markup.Escape(TierText(a.OverallTier, lang))}[/]", Markup.Escape(findings));
        }

        Finish(console, maternal, maternal.Rows.Count, l);

        var courses = NewTable(l["courses"], l["worker"], l["course"], l["status"], l["open"], l["test"], l["attempts"]);
        var courseCount = e.Rows.Sum(r => r.Result.All<CourseStatus>().Count);
        foreach (var row in e.Rows)
        {
            foreach (var c in row.Result.All<CourseStatus>())
            {
                if (courses.Rows.Count >= MaxRows)
                {
                    break;
                }

                var retake = row.Result.All<ExamRetakeState>().FirstOrDefault(x => x.CourseId == c.CourseId);
                courses.AddRow(
                    Markup.Escape(row.WorkerId),
                    Markup.Escape(c.CourseId),
                    c.IsPassed ? $"[green]{Markup.Escape(l["passed"])}[/]" : Markup.Escape(l["notPassed"]),
                    Markup.Escape(c.Open.ToString()),
                    Markup.Escape(retake is null ? string.Empty : DisplayNames.Of(retake.State, lang)),
                    retake is null ? string.Empty : $"{retake.AttemptsUsed}/{retake.AttemptLimit}");
            }
        }

        Finish(console, courses, courseCount, l);

        var training = NewTable(l["training"], l["worker"], l["due"], l["missing"], l["status"]);
        foreach (var t in e.Report.TrainingDue.Take(MaxRows))
        {
            var colour = t.Due.Status == TrainingDueStatus.Overdue ? "red" : "yellow";
            training.AddRow(Markup.Escape(t.Due.WorkerId), t.Due.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Due.HoursMissing.ToString(CultureInfo.InvariantCulture), $"[{colour}]{Markup.Escape(DisplayNames.Of(t.Due.Status, lang))}[/]");
        }

        Finish(console, training, e.Report.TrainingDue.Count, l);

        var t2 = e.Report.NmqTable2;
        var table2 = NewTable(l["table2"], l["grade"], l["count"]);
        foreach (var (label, n) in Table2Rows(t2, l))
        {
            table2.AddRow(Markup.Escape(label), n.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table2);

        var table5 = NewTable(l["table5"], l["region"], l["count"]);
        foreach (var region in BodyRegions.All)
        {
            table5.AddRow(Markup.Escape(DisplayNames.Of(region, lang)), e.Report.NmqTable5.CountOf(region).ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table5);
    }

    public static int Explain(IAnsiConsole console, RosterEvaluation e, string workerId, Labels l)
    {
        var row = e.Rows.FirstOrDefault(r => string.Equals(r.WorkerId, workerId, StringComparison.Ordinal));
        if (row is null)
        {
            console.MarkupLine($"[red]{Markup.Escape(string.Format(CultureInfo.InvariantCulture, l["explainNotFound"], workerId))}[/]");
            return 1;
        }

        console.Write(new Text(row.Result.Explain(l.Language)));
        return 0;
    }

    public static IEnumerable<(string Label, int Count)> Table2Rows(NmqTable2 t, Labels l) =>
    [
        (l.Chinese ? "確診疾病" : "Diagnosed disease", t.DiagnosedDisease),
        (l.Chinese ? "有危害：通報疑似個案" : "Hazard: reported suspected case", t.ReportedSuspectedCase),
        (l.Chinese ? "有危害：異常離職" : "Hazard: abnormal resignation", t.AbnormalResignation),
        (l.Chinese ? "有危害：經常請假/缺勤" : "Hazard: frequent sick leave or absence", t.FrequentSickLeaveOrAbsence),
        (l.Chinese ? "有危害：經常索取貼布、藥物、針劑、按摩" : "Hazard: frequent requests for patches, medicine, injections, massage", t.FrequentMedicalRequests),
        (l.Chinese ? "有危害小計" : "Hazard subtotal", t.HazardSubtotal),
        (l.Chinese ? "疑似有危害（問卷）" : "Suspected (questionnaire)", t.QuestionnaireSuspected),
        (l.Chinese ? "無危害" : "No hazard", t.NoHazard),
        (l.Chinese ? "總計" : "Total", t.Total),
        (l.Chinese ? "出差" : "On business trip", t.OnBusinessTrip),
        (l.Chinese ? "全體勞工" : "All workers", t.AllWorkers),
    ];

    public static string StatusText(ExamStatus s, Labels l) => s.Kind switch
    {
        ExamStatusKind.Overdue => l.Chinese ? $"逾期 {s.Days} 天" : $"overdue by {s.Days} days",
        ExamStatusKind.DueSoon => l.Chinese ? $"{s.Days} 天內到期" : $"due within {s.Days} days",
        _ => l.Chinese ? "未到期" : "not yet due",
    };

    public static string TierText(RiskTier tier, OshRules.Evaluation.DisplayLanguage lang) => DisplayNames.Of(tier, lang);

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
        var t = new Table { Title = new TableTitle(Markup.Escape(title)) };
        foreach (var h in headers)
        {
            t.AddColumn(Markup.Escape(h));
        }

        return t;
    }

    private static void Finish(IAnsiConsole console, Table t, int total, Labels l)
    {
        if (t.Rows.Count == 0)
        {
            t.AddRow(Markup.Escape(l["none"]));
        }

        if (total > t.Rows.Count)
        {
            t.Caption = new TableTitle(Markup.Escape(string.Format(CultureInfo.InvariantCulture, l["more"], total - t.Rows.Count)));
        }

        console.Write(t);
    }
}
