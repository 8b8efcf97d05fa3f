using OshRules.Samples.Text;

namespace OshRules.Samples.Roster;

/// <summary>
/// A roster row that could not be evaluated: the line it starts on, the column at fault and why. The reason never
/// quotes the cell, which may be personal data.
/// </summary>
internal sealed record RosterError(int Line, string Column, Bilingual Reason)
{
    public override string ToString() => $"line {Line}, column '{Column}': {Reason.En}";
}
