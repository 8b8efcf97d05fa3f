using System.Globalization;
using System.Text;

namespace OshRules.Samples.Output;

/// <summary>Writes the exams due as CSV that is safe to open in a spreadsheet (formula cells neutralised).</summary>
internal static class CsvExport
{
    public static void WriteExamsDue(string path, RosterEvaluation e)
    {
        var sb = new StringBuilder("worker_id,name,exam,hazard,due_date,status,days\n");
        var nameOf = e.Rows.ToDictionary(r => r.Result.CaseId, r => r.Name, StringComparer.Ordinal);
        foreach (var x in e.Report.ExamsDue)
        {
            Row(sb, x.WorkerId, nameOf.GetValueOrDefault(x.CaseId), x.Exam.ToString(), x.Hazard?.Code, x.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.Status.Kind.ToString(), x.Status.Days.ToString(CultureInfo.InvariantCulture));
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(true));
    }

    public static string Quote(string? value)
    {
        var safe = SpreadsheetSafe.Cell(value);
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void Row(StringBuilder sb, params string?[] cells) => sb.AppendJoin(',', cells.Select(Quote)).Append('\n');
}
