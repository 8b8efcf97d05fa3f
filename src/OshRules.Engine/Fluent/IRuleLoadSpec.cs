using System.Reflection;

namespace OshRules.Engine.Fluent;

/// <summary>Says which rule classes a repository loads.</summary>
public interface IRuleLoadSpec
{
    /// <summary>Loads the public, concrete rule classes of these assemblies.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Assembly[] assemblies);

    /// <summary>Loads these rule classes (other types are ignored).</summary>
    /// <param name="types">The types.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Type[] types);

    /// <summary>Loads these rule classes (other types are ignored).</summary>
    /// <param name="types">The types.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(IEnumerable<Type> types);

    /// <summary>Keeps only the rules satisfying the filter.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter);

    /// <summary>Names the rule set the rules go to (default "default").</summary>
    /// <param name="ruleSetName">The rule set's name.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec To(string ruleSetName);
}
