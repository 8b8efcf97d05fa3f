namespace OshRules.Samples.Roster;

/// <summary>One data row of a roster file: its line number and its cells by column name.</summary>
internal sealed class RosterRow(int line, IReadOnlyDictionary<string, string> cells)
{
    public int Line { get; } = line;

    public string? this[string column] =>
        cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
