using System.Globalization;
using OshRules.Common;
using OshRules.HealthExams;
using OshRules.Samples.Evaluation;
using OshRules.Samples.Text;

namespace OshRules.Samples.Output;

/// <summary>
/// <c>--csv</c>: the health-exam schedule, one line per exam of every evaluated row in roster order, to sort and filter
/// in a spreadsheet. Cells a spreadsheet would run as a formula are neutralised. Written as the results come.
/// </summary>
internal sealed class ExamCsvWriter
{
    public const string Header = "line,worker_id,name,unit,exam,hazard,due_date,status,days";

    private readonly TextWriter writer;
    private readonly Labels labels;

    public ExamCsvWriter(TextWriter writer, Labels labels)
    {
        this.writer = writer;
        this.labels = labels;
        writer.Write(Header);
        writer.Write('\n');
    }

    public void Add(RowOutcome row)
    {
        if (!row.IsEvaluated)
        {
            return;
        }

        foreach (var c in row.Result.Conclusions)
        {
            var exam = c switch
            {
                PeriodicGeneralExamDue p => (ExamKind.PeriodicGeneral, (SpecialHazard?)null, p.DueDate, p.Status),
                SpecialExamDue s => (s.Kind, s.Hazard, s.DueDate, s.Status),
                HireExamRequired hire => (ExamKind.GeneralPhysical, null, hire.DueDate, hire.Status),
                _ => ((ExamKind, SpecialHazard?, DateOnly, ExamStatus)?)null,
            };
            if (exam is not { } found)
            {
                continue;
            }

            var (kind, hazard, due, status) = found;

            Write(
                row.Line.ToString(CultureInfo.InvariantCulture),
                row.WorkerId,
                row.Name,
                row.Unit,
                ValueText.Of(kind, labels),
                hazard is { } h ? ValueText.Of(h.Category, labels) : null,
                labels.Date(due),
                ValueText.Of(status.Kind, labels),
                status.Days.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static string Quote(string? value)
    {
        var safe = SpreadsheetSafe.Cell(value);
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private void Write(params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(cells[i]));
        }

        writer.Write('\n');
    }
}
