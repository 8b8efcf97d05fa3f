using NRules;
using NRules.Fluent;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>The built-in rules of the four families, loaded and compiled as <see cref="OshRuleSet.Create"/> does.</summary>
internal static class FullRuleSet
{
    public static RuleRepository Load()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(OshRuleSet).Assembly).Where(r => Common.Families.All.Any(r.IsTagged)));
        return repository;
    }

    public static ISessionFactory Compile() => Load().Compile();
}
