using OshRules.MaternalProtection;

namespace OshRules.Samples.Text;

/// <summary>The rows of the protection-period table (MAT-1) with their labels, as the console and the HTML report list them.</summary>
internal static class ProtectionPeriodText
{
    /// <summary>
    /// The statuses by phase: the phase, or for a status outside the period the phase and why, with its count. Statuses
    /// outside the period have no assessment: this table is where they are seen.
    /// </summary>
    public static IEnumerable<(string Place, int Count)> Rows(IReadOnlyDictionary<(ProtectionPhase Phase, OutsideProtectionReason? Outside), int> periods, Labels l) =>
        periods.OrderBy(p => p.Key.Phase).ThenBy(p => p.Key.Outside)
            .Select(p => (p.Key.Outside is { } why ? $"{ValueText.Of(p.Key.Phase, l)}{l.Colon}{ValueText.Of(why, l)}" : ValueText.Of(p.Key.Phase, l), p.Value));
}
