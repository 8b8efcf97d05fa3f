using OshRules.Evaluation;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// Rule sets of some families only: the facade refuses an evaluation date that a family of its rule set does not cover,
/// so tests of one family at dates before the other families' texts compile that family alone.
/// </summary>
internal static class FamilyRuleSets
{
    /// <summary>A rule set of <paramref name="families"/> only, with the other settings of <paramref name="options"/>.</summary>
    public static OshRuleSet Of(OshRulesOptions options, params string[] families)
    {
        options.Families.IntersectWith(families);
        return OshRuleSet.Create(options);
    }

    /// <summary>A rule set of <paramref name="families"/> only, with default settings.</summary>
    public static OshRuleSet Of(params string[] families) => Of(new OshRulesOptions(), families);
}
