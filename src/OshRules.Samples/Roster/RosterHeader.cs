namespace OshRules.Samples.Roster;

/// <summary>The header row: column names (matched ignoring case and surrounding spaces) and their positions.</summary>
internal sealed class RosterHeader
{
    private readonly Dictionary<string, int> index = new(StringComparer.OrdinalIgnoreCase);

    private RosterHeader(string[] names) => Names = names;

    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>What makes every data row unreadable, if anything: a missing required column or a repeated name.</summary>
    public RosterError? ProblemFor(int line) => problem is { } p ? p with { Line = line } : null;

    private RosterError? problem;

    public static RosterHeader From(IReadOnlyList<string> fields)
    {
        var header = new RosterHeader(fields.Select(f => f.Trim()).ToArray());
        for (var i = 0; i < header.Names.Length; i++)
        {
            var name = header.Names[i];
            if (name.Length > 0 && !header.index.TryAdd(name, i))
            {
                header.problem ??= new RosterError(0, "(header)", RosterReasons.HeaderRepeats(name));
            }
        }

        if (header.Names.Any(n => n.Contains('\r', StringComparison.Ordinal)))
        {
            header.problem = new RosterError(0, "(header)", RosterReasons.CarriageReturnLineEnds);
        }
        else if (RosterColumns.Required.FirstOrDefault(c => !header.index.ContainsKey(c)) is { } missing)
        {
            header.problem ??= new RosterError(0, missing, RosterReasons.HeaderLacks);
        }

        return header;
    }

    public static RosterHeader Unreadable(RosterError error) => new([]) { problem = error with { Column = "(header)", Reason = RosterReasons.HeaderUnreadable(error.Reason) } };

    /// <summary>The error with a cell position (<c>#3</c>) replaced by that column's name, when the header has one.</summary>
    public RosterError Name(RosterError error) =>
        error.Column.StartsWith('#') && int.TryParse(error.Column.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= Names.Length && Names[n - 1].Length > 0
            ? error with { Column = Names[n - 1] }
            : error;

    public int IndexOf(string column) => index.TryGetValue(column, out var i) ? i : -1;
}
