using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>Checks shared by the conclusions of the family (結論共用檢查).</summary>
internal static class HealthExamConclusion
{
    public static IReadOnlyList<Citation> NonEmpty(IReadOnlyList<Citation> basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (basis.Count == 0 || basis.Any(c => c is null))
        {
            throw new ArgumentException("A conclusion needs at least one citation.", nameof(basis));
        }

        return basis;
    }
}
