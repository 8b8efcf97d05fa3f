using OshRules.Engine.Fluent.Dsl;

namespace OshRules.Engine.Fluent;

/// <summary>Creates rule instances (e.g. from a DI container); the default calls the public parameterless constructor.</summary>
public interface IRuleActivator
{
    /// <summary>Creates the instances of a rule class.</summary>
    /// <param name="type">The rule class.</param>
    /// <returns>The instances (usually one).</returns>
    IEnumerable<Rule> Activate(Type type);
}
