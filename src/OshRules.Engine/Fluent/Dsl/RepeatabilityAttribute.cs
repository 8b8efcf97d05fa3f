using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Fluent.Dsl;

/// <summary>Whether the rule fires again when facts of a match it already fired for are updated.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RepeatabilityAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="RepeatabilityAttribute"/> class.</summary>
    /// <param name="value">The repeatability.</param>
    public RepeatabilityAttribute(RuleRepeatability value) => Value = value;

    /// <summary>Gets the repeatability. Internal, as in NRules: read it through <c>IRuleMetadata</c> or <c>IRuleDefinition</c>.</summary>
    internal RuleRepeatability Value { get; }
}
