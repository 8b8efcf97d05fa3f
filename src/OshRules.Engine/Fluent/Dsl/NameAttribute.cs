namespace OshRules.Engine.Fluent.Dsl;

/// <summary>The rule's name (shown in events and exceptions; by convention starts with the rule id).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class NameAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="NameAttribute"/> class.</summary>
    /// <param name="value">The name.</param>
    public NameAttribute(string value) => Value = value;

    /// <summary>Gets the name. Internal, as in NRules: read it through <c>IRuleMetadata</c> or <c>IRuleDefinition</c>.</summary>
    internal string Value { get; }
}
