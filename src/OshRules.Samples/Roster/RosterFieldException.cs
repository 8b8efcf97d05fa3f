namespace OshRules.Samples.Roster;

/// <summary>A roster cell that cannot be read: names the column, why and the rule, never the cell's personal content.</summary>
internal sealed class RosterFieldException(string column, string reason, string rule = "roster") : Exception($"{column}: {reason}")
{
    public string Column { get; } = column;

    public string Reason { get; } = reason;

    public string Rule { get; } = rule;
}
