namespace OshRules.Evaluation;

/// <summary>The family option facts inserted into every session, built from <see cref="OshRulesOptions"/>.</summary>
internal static class FamilyPolicies
{
    public static IReadOnlyList<object> Defaults(OshRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [options.HealthExams, options.Maternal, options.Training];
    }
}
