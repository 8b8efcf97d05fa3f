namespace OshRules.Engine.RuleModel;

/// <summary>A source of loaded rules, grouped in rule sets.</summary>
public interface IRuleRepository
{
    /// <summary>Gets the rule sets.</summary>
    /// <returns>The rule sets.</returns>
    IEnumerable<IRuleSet> GetRuleSets();
}
