using System.Reflection;
using OshRules.Engine.Fluent.Dsl;

namespace OshRules.Engine.Fluent;

/// <summary>The spec being filled by <see cref="RuleRepository.Load"/>.</summary>
internal sealed class RuleLoadSpec : IRuleLoadSpec
{
    private readonly List<Type> _types = [];
    private readonly List<Func<IRuleMetadata, bool>> _filters = [];

    public string RuleSetName { get; private set; } = "default";

    public IRuleLoadSpec From(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        foreach (Assembly assembly in assemblies)
        {
            _types.AddRange(assembly.GetExportedTypes());
        }

        return this;
    }

    public IRuleLoadSpec From(params Type[] types) => From((IEnumerable<Type>)types);

    public IRuleLoadSpec From(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types.AddRange(types);
        return this;
    }

    public IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filters.Add(filter);
        return this;
    }

    public IRuleLoadSpec To(string ruleSetName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSetName);
        RuleSetName = ruleSetName;
        return this;
    }

    public IEnumerable<RuleMetadata> Rules() =>
        _types.Distinct()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .Select(t => new RuleMetadata(t))
            .Where(m => _filters.TrueForAll(f => f(m)));
}
