using NRules.Fluent;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>The built-in rules of the four families, as <see cref="OshRuleSet.Create(OshRulesOptions)"/> loads them.</summary>
internal static class FullRuleSet
{
    /// <summary>Loads the rules (reflection and every rule's Define), without compiling them.</summary>
    public static RuleRepository Load()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(OshRuleSet).Assembly).Where(r => Common.Families.All.Any(r.IsTagged)));
        return repository;
    }

    /// <summary>The facade on one runtime, on one thread.</summary>
    public static OshRuleSet Facade(RuleRuntime runtime) =>
        OshRuleSet.Create(new OshRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = 1 });
}
