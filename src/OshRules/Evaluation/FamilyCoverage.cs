using System.Globalization;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation;

/// <summary>
/// The evaluation dates a rule family's encoded law versions cover (法規版本涵蓋期間): from the first day on which every
/// parameter of the family is in force, through the last supported date. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A rule set evaluates a date only when every family it compiled covers it; otherwise <c>Evaluate</c> and
/// <c>EvaluateMany</c> refuse the call with one <see cref="OshValidationException"/> (field <c>asOf</c>, rule
/// <c>law versions</c>) naming each family's dates, before any case is read. Past a known amendment that is not encoded,
/// results are flagged (<see cref="OshResult.PendingAmendments"/>), not refused.
/// </remarks>
/// <param name="Family">The family's tag (<see cref="Families"/>).</param>
/// <param name="From">The first evaluation date covered (inclusive).</param>
/// <param name="Through">The last evaluation date covered (inclusive): the last date the library supports.</param>
public sealed record FamilyCoverage(string Family, DateOnly From, DateOnly Through)
{
    /// <summary>
    /// The four families, in the order of <see cref="Families.All"/>:
    /// <list type="bullet">
    /// <item>HealthExams from 2021-12-22: the 110.12.22 text of 勞工健康保護規則 §16–§21 is the only text encoded.</item>
    /// <item>Ergonomics from 2023-06-21: the NMQ grading threshold of Table 1 and the yearly calendar are cited from the
    /// school's programme adopted that day (§324-1 itself is encoded from 2014-07-01).</item>
    /// <item>MaternalProtection from 2015-01-01: the day 女性勞工母性健康保護實施辦法 took effect.</item>
    /// <item>Training from 2021-07-07: the 110.07.07 text of 職業安全衛生教育訓練規則 (the platform's rules are undated and
    /// apply throughout).</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<FamilyCoverage> All { get; } =
    [
        new(Families.HealthExams, HealthExamParameters.Text110.EffectiveFrom, CivilCode.LatestSupportedDate),
        new(Families.Ergonomics, ErgonomicsSources.SchoolProgrammeVersion.EffectiveFrom, CivilCode.LatestSupportedDate),
        new(Families.MaternalProtection, MaternalParameters.RegulationsEffective, CivilCode.LatestSupportedDate),
        new(Families.Training, TrainingParameters.RulesVersion110.EffectiveFrom, CivilCode.LatestSupportedDate),
    ];

    /// <summary>The coverage of <paramref name="family"/>.</summary>
    /// <param name="family">A family tag of <see cref="Families.All"/>.</param>
    /// <returns>Its coverage.</returns>
    /// <exception cref="OshValidationException">Not a family tag.</exception>
    public static FamilyCoverage Of(string family)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Family == family)
            {
                return All[i];
            }
        }

        throw new OshValidationException("family", "law versions", $"is not a rule family (expected one of {string.Join(", ", Families.All)})");
    }

    /// <summary>Whether <paramref name="date"/> lies within the coverage.</summary>
    /// <param name="date">An evaluation date.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> through <see cref="Through"/>, both inclusive.</returns>
    public bool Covers(DateOnly date) => date >= From && date <= Through;

    /// <summary>
    /// Refuses <paramref name="asOf"/> when one of <paramref name="families"/> does not cover it, with the error
    /// <c>Evaluate</c> and <c>EvaluateMany</c> give (日期涵蓋檢查): a host may check a date before it reads a roster.
    /// </summary>
    /// <param name="families">Family tags of <see cref="Families.All"/>, e.g. <c>OshRuleSet.Settings.Families</c>.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="OshValidationException">
    /// Field <c>asOf</c>, rule <c>law versions</c>: a family does not cover the date; the message names each family's dates.
    /// </exception>
    public static void Check(IEnumerable<string> families, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(families);
        Check(families as IReadOnlyList<string> ?? [.. families], asOf);
    }

    /// <summary>The check of each call of the facade: a loop over the rule set's families, allocating nothing when they cover the date.</summary>
    internal static void Check(IReadOnlyList<string> families, DateOnly asOf)
    {
        var uncovered = false;
        for (var i = 0; i < families.Count; i++)
        {
            uncovered |= !Of(families[i]).Covers(asOf);
        }

        if (uncovered)
        {
            throw Refusal(families, asOf);
        }
    }

    // Apart from Check, whose parameters would otherwise be captured (and a closure allocated) on every call.
    private static OshValidationException Refusal(IReadOnlyList<string> families, DateOnly asOf)
    {
        var compiled = All.Where(c => families.Contains(c.Family)).ToList();
        var list = string.Join(", ", compiled.Select(c => $"{c.Family} from {Iso(c.From)}"));
        var through = compiled.Count == 1 ? $", through {Iso(compiled[0].Through)}" : $", each through {Iso(compiled[0].Through)}";
        var remedy = compiled.Any(c => c.Covers(asOf))
            ? "; a rule set compiled without the families that do not cover the date can evaluate it"
            : string.Empty;
        return new OshValidationException("asOf", "law versions", $"{Iso(asOf)} is outside the law versions encoded: {list}{through}{remedy}");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
