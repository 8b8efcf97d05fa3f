using OshRules.Samples.Text;

namespace OshRules.Samples.Roster;

/// <summary>A roster cell that cannot be read: names the column, why and the rule, never the cell's personal content.</summary>
internal sealed class RosterFieldException(string column, Bilingual reason, string rule = "roster") : Exception($"{column}: {reason.En}")
{
    public string Column { get; } = column;

    public Bilingual Reason { get; } = reason;

    public string Rule { get; } = rule;
}
