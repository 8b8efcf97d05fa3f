using OshRules.Engine.Fluent.Builders;

namespace OshRules.Engine.RuleModel;

/// <summary>A loaded rule: its metadata and what its <c>Define()</c> said.</summary>
internal sealed class RuleDefinition(
    string name,
    string description,
    int priority,
    RuleRepeatability repeatability,
    IReadOnlyList<string> tags,
    Type ruleType,
    RuleBuilder body) : IRuleDefinition
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public int Priority { get; } = priority;

    public RuleRepeatability Repeatability { get; } = repeatability;

    public IEnumerable<string> Tags => TagList;

    public IReadOnlyList<string> TagList { get; } = tags;

    public Type RuleType { get; } = ruleType;

    public RuleBuilder Body { get; } = body;

    public override string ToString() => Name;
}
