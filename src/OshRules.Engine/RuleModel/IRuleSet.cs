
namespace OshRules.Engine.RuleModel;

/// <summary>A named group of loaded rules.</summary>
public interface IRuleSet
{
    /// <summary>Gets the rule set's name.</summary>
    string Name { get; }

    /// <summary>Gets the rules.</summary>
    IEnumerable<IRuleDefinition> Rules { get; }
}

/// <summary>A rule set being filled.</summary>
internal sealed class RuleSet(string name) : IRuleSet
{
    public string Name { get; } = name;

    public List<RuleDefinition> Definitions { get; } = [];

    public IEnumerable<IRuleDefinition> Rules => Definitions;
}
