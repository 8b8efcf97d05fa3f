namespace OshRules.Engine.RuleModel;

/// <summary>Description of a compiled rule: its name, documentation and scheduling properties.</summary>
public interface IRuleDefinition
{
    /// <summary>Gets the rule's name (from <c>[Name]</c>, else the rule type's full name).</summary>
    string Name { get; }

    /// <summary>Gets the rule's description (from <c>[Description]</c>; empty when absent).</summary>
    string Description { get; }

    /// <summary>Gets the rule's priority: higher fires first.</summary>
    int Priority { get; }

    /// <summary>Gets the rule's repeatability.</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>Gets the rule's tags.</summary>
    IEnumerable<string> Tags { get; }
}
