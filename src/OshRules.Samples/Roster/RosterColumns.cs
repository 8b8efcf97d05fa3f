namespace OshRules.Samples.Roster;

/// <summary>The roster's columns (documented in Data/README.md).</summary>
internal static class RosterColumns
{
    public static readonly string[] Required = ["worker_id", "sex", "birth_date"];
}
