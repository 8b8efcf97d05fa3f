using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>Checks shared by the conclusions of the family (結論共用檢查).</summary>
internal static class HealthExamConclusion
{
    /// <summary>The citations of a conclusion, compared by value; at least one, none null.</summary>
    public static ByElements<IReadOnlyList<Citation>> Basis(IReadOnlyList<Citation> basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (basis.Count == 0 || basis.Any(c => c is null))
        {
            throw new ArgumentException("A conclusion needs at least one citation.", nameof(basis));
        }

        return new(basis);
    }
}
