namespace OshRules.Samples.Roster;

/// <summary>A roster row that could not be evaluated: its line, the column at fault and why.</summary>
internal sealed record RosterError(int Line, string Column, string Reason)
{
    public override string ToString() => $"line {Line}, column '{Column}': {Reason}";
}
