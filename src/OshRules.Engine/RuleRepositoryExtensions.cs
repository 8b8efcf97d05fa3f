using OshRules.Engine.Fluent;
using OshRules.Engine.Rete;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine;

/// <summary>
/// Compiles a repository's rules into a session factory. In namespace <c>OshRules.Engine</c>, as NRules' own
/// <c>RuleRepositoryExtensions</c> is in <c>NRules</c>: code calling <c>Compile()</c> needs that using under both engines.
/// </summary>
public static class RuleRepositoryExtensions
{
    /// <summary>Compiles every rule of the repository into a network. Costly: do it once and share the factory.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The session factory (thread-safe).</returns>
    /// <exception cref="RuleCompilationException">A rule's expressions cannot be compiled.</exception>
    public static ISessionFactory Compile(this IRuleRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        IEnumerable<RuleDefinition> rules = repository.GetRuleSets().SelectMany(s => s.Rules).Select(r =>
            r as RuleDefinition ?? throw new ArgumentException("The repository holds rules not loaded by this engine.", nameof(repository)));
        return NetworkCompiler.Compile(rules);
    }
}
