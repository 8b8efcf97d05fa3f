using NRules;
using NRules.RuleModel;

namespace OshRules.Engine;

/// <summary>Compiling a repository's rules with OshRules.Engine, beside NRules' own <c>repository.Compile()</c>.</summary>
public static class RuleRepositoryExtensions
{
    /// <summary>Compiles every rule set of a repository with OshRules.Engine.</summary>
    /// <param name="repository">The repository (NRules' <c>RuleRepository</c>, with rules loaded).</param>
    /// <returns>A thread-safe factory of OshRules.Engine sessions.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled, or holds an element this runtime refuses.</exception>
    public static ISessionFactory CompileWithEngine(this IRuleRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new RuleCompiler().Compile(repository.GetRuleSets());
    }
}
