using OshRules.Common;
using OshRules.Resources;
using OshRules.Samples.Evaluation;
using OshRules.Samples.Text;
using Spectre.Console;
using static OshRules.Samples.Output.ConsoleReport;

namespace OshRules.Samples.Output;

/// <summary>
/// <c>--explain</c>: every conclusion of one worker with its answer (due date and status, grade, tier, standing), the
/// rule that reached it and the articles it rests on, in the user's language. Conclusions are listed by programme and
/// name, not in the order the rules happened to produce them.
/// </summary>
internal static class ExplainReport
{
    private static readonly string[] Families = ["OshRules.HealthExams", "OshRules.Ergonomics", "OshRules.MaternalProtection", "OshRules.Training"];

    public static void Write(IAnsiConsole console, RowOutcome row, DateOnly asOf, Labels l)
    {
        console.MarkupLine($"[bold]{Cell(l.Format("explainHeader", row.WorkerId ?? string.Empty, l.Number(row.Line), l.LongDate(asOf)))}[/]");
        if (row.Rejection is { } rejected)
        {
            console.MarkupLine($"[red]{Cell(l.Format("explainRejected", l.Number(rejected.Line), rejected.Column, l.Pick(rejected.Reason)))}[/]");
            return;
        }

        var result = row.Result;
        if (result.Conclusions.Count == 0)
        {
            console.MarkupLine(Cell(l["explainNone"]));
            return;
        }

        var ordered = result.Conclusions
            .Select(c => (Conclusion: c, Name: DisplayNames.Of(c.GetType(), l.Language), Answer: ConclusionAnswers.For(c, l)))
            .OrderBy(x => FamilyRank(x.Conclusion))
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Answer, StringComparer.Ordinal);
        foreach (var (c, name, answer) in ordered)
        {
            var explanation = result.ExplanationOf(c);
            console.MarkupLine($"• [bold]{Cell(name)}[/]");
            console.MarkupLine($"  {Cell(l["answer"])}: {Cell(answer)}");
            console.MarkupLine($"  {Cell(l["rule"])}: {Cell(RuleTitles.Of(explanation.RuleName, l))}");
            foreach (var citation in explanation.Citations)
            {
                console.MarkupLine($"  {Cell(l["basis"])}: {Cell(ValueText.Citation(citation, l))}");
            }

            if (c.PendingAmendment is { } amendment)
            {
                console.MarkupLine($"  [yellow]{Cell(l["amendment"])}:[/] {Cell(NoticeText.OfOne(amendment, l))}");
            }
        }
    }

    private static int FamilyRank(IOshConclusion c)
    {
        var index = Array.IndexOf(Families, c.GetType().Namespace);
        return index < 0 ? Families.Length : index;
    }
}
