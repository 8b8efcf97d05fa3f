using NRules.Fluent;
using NRules.RuleModel;

namespace OshRules.Tests;

/// <summary>
/// A rule class's name and tags as the engine reads them. Through the repository, not the attributes' values:
/// NRules keeps <c>NameAttribute.Value</c> and <c>TagAttribute.Value</c> internal, and so does OshRules.Engine.
/// </summary>
internal static class RuleDefinitions
{
    public static IRuleDefinition Of(Type ruleType)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleType));
        return repository.GetRuleSets().SelectMany(s => s.Rules).Single();
    }
}
