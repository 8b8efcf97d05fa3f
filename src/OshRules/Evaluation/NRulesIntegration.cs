using OshRules.Common;
using OshRules.Law;

namespace OshRules.Evaluation;

/// <summary>
/// The OSH rules in a team's own NRules session (在自有 NRules 工作階段中使用): the rule classes are NRules rules, so they
/// load into any <see cref="RuleRepository"/> beside the team's rules, compile on NRules' runtime or on OshRules.Engine,
/// and the team's rules can match their conclusions. Two things make them work: loading the families' rule classes, and
/// inserting, before the case's facts, the context facts every rule reads — the evaluation date and the families'
/// options.
/// </summary>
public static class NRulesIntegration
{
    /// <summary>Loads the rule classes of the given families (all four when none is named) into a repository.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="families">Family tags (<see cref="Families"/>); none means all four.</param>
    /// <returns>The repository, for chaining.</returns>
    /// <exception cref="OshValidationException">A tag is not a rule family.</exception>
    public static RuleRepository LoadOshRules(this RuleRepository repository, params string[] families)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(families);
        string[] chosen = families.Length == 0 ? [.. Families.All] : families;
        foreach (string family in chosen)
        {
            if (!Families.All.Contains(family))
            {
                throw new OshValidationException("families", "rule families", $"'{family}' is not a rule family (expected one of {string.Join(", ", Families.All)})");
            }
        }

        repository.Load(x => x.From(typeof(NRulesIntegration).Assembly).Where(r => chosen.Any(r.IsTagged)));
        return repository;
    }

    /// <summary>
    /// The context facts to insert into a session before a case's facts: the evaluation date (with the "due soon"
    /// window) and the options of the health-exam, maternal and training families — the same facts the facade inserts.
    /// </summary>
    /// <param name="asOf">The evaluation date (評估基準日).</param>
    /// <param name="options">The options (validated); the defaults when null.</param>
    /// <returns>The facts, in the order the facade inserts them.</returns>
    /// <exception cref="OshValidationException">An option is invalid.</exception>
    public static IReadOnlyList<object> ContextFacts(DateOnly asOf, OshRulesOptions? options = null)
    {
        options ??= new OshRulesOptions();
        options.Validate();
        return [new EvaluationDate(asOf, options.DueSoonDays), .. FamilyPolicies.Defaults(options)];
    }
}
