namespace OshRules.Engine.Fluent;

/// <summary>What is known of a rule class before it is loaded: used by <see cref="IRuleLoadSpec.Where"/>.</summary>
public interface IRuleMetadata
{
    /// <summary>Gets the rule class.</summary>
    Type RuleType { get; }

    /// <summary>Gets the rule's name.</summary>
    string Name { get; }

    /// <summary>Gets the rule's description.</summary>
    string Description { get; }

    /// <summary>Gets the rule's tags.</summary>
    IEnumerable<string> Tags { get; }

    /// <summary>Gets the rule's priority.</summary>
    int Priority { get; }

    /// <summary>Gets the rule's repeatability.</summary>
    RuleModel.RuleRepeatability Repeatability { get; }

    /// <summary>Whether the rule carries the tag (ordinal comparison).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>Whether it does.</returns>
    bool IsTagged(string tag);
}
