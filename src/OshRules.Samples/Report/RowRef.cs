using System.Globalization;
using OshRules.Samples.Evaluation;

namespace OshRules.Samples.Report;

/// <summary>Which roster row an entry of a report comes from: its line, worker id, name and unit.</summary>
internal sealed record RowRef(int Line, string WorkerId, string? Name, string? Unit)
{
    public static RowRef Of(RowOutcome row) =>
        new(row.Line, row.WorkerId ?? string.Create(CultureInfo.InvariantCulture, $"line {row.Line}"), row.Name, row.Unit);
}
