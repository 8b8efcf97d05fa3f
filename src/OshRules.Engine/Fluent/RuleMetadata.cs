using System.Reflection;
using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Fluent;

/// <summary>A rule class's metadata, read from its attributes.</summary>
internal sealed class RuleMetadata : IRuleMetadata
{
    public RuleMetadata(Type ruleType)
    {
        RuleType = ruleType;
        Name = ruleType.GetCustomAttribute<NameAttribute>()?.Value ?? ruleType.FullName ?? ruleType.Name;
        Description = ruleType.GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty;
        TagList = [.. ruleType.GetCustomAttributes<TagAttribute>().Select(t => t.Value)];
        Priority = ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;
        Repeatability = ruleType.GetCustomAttribute<RepeatabilityAttribute>()?.Value ?? RuleRepeatability.Repeatable;
    }

    public Type RuleType { get; }

    public string Name { get; }

    public string Description { get; }

    public IEnumerable<string> Tags => TagList;

    public IReadOnlyList<string> TagList { get; }

    public int Priority { get; }

    public RuleRepeatability Repeatability { get; }

    public bool IsTagged(string tag) => TagList.Contains(tag, StringComparer.Ordinal);
}
