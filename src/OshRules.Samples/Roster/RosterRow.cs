namespace OshRules.Samples.Roster;

/// <summary>One data row of a roster file: the line it starts on and its cells, looked up by column name.</summary>
internal sealed class RosterRow(int line, string[] values, RosterHeader header)
{
    public int Line { get; } = line;

    /// <summary>The cell of <paramref name="column"/>, trimmed; null when the column is absent or the cell blank.</summary>
    public string? this[string column] =>
        header.IndexOf(column) is var i && i >= 0 && !string.IsNullOrWhiteSpace(values[i]) ? values[i].Trim() : null;
}
