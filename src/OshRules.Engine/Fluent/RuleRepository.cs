using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Fluent;

/// <summary>Loads rule classes (running their <c>Define()</c> once) and compiles them with <see cref="RuleRepositoryExtensions.Compile"/>.</summary>
public sealed class RuleRepository : IRuleRepository
{
    private readonly List<RuleSet> _ruleSets = [];

    /// <summary>Gets or sets the activator that creates rule instances.</summary>
    public IRuleActivator Activator { get; set; } = new DefaultActivator();

    /// <summary>Loads rules.</summary>
    /// <param name="specAction">Says which rules: <c>x =&gt; x.From(assembly).Where(r =&gt; r.IsTagged("..."))</c>.</param>
    /// <exception cref="RuleCompilationException">A rule cannot be created or its <c>Define()</c> is malformed.</exception>
    public void Load(Action<IRuleLoadSpec> specAction)
    {
        ArgumentNullException.ThrowIfNull(specAction);
        var spec = new RuleLoadSpec();
        specAction(spec);
        RuleSet? set = _ruleSets.Find(s => s.Name == spec.RuleSetName);
        if (set is null)
        {
            set = new RuleSet(spec.RuleSetName);
            _ruleSets.Add(set);
        }

        foreach (RuleMetadata metadata in spec.Rules())
        {
            foreach (Rule instance in Activator.Activate(metadata.RuleType))
            {
                Fluent.Builders.RuleBuilder body;
                try
                {
                    body = instance.Build();
                }
                catch (Exception ex) when (ex is not RuleCompilationException)
                {
                    throw new RuleCompilationException($"Failed to define rule '{metadata.Name}'.", ex);
                }

                set.Definitions.Add(new RuleDefinition(
                    metadata.Name, metadata.Description, metadata.Priority, metadata.Repeatability, metadata.TagList, metadata.RuleType, body));
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<IRuleSet> GetRuleSets() => _ruleSets;

    /// <summary>Gets every loaded rule.</summary>
    /// <returns>The rules, in load order.</returns>
    public IEnumerable<IRuleDefinition> GetRules() => _ruleSets.SelectMany(s => s.Definitions);

    private sealed class DefaultActivator : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type)
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new RuleCompilationException($"Rule type '{type.FullName}' has no public parameterless constructor; set RuleRepository.Activator.");
            }

            return [(Rule)System.Activator.CreateInstance(type)!];
        }
    }
}
