namespace OshRules.Engine.Fluent.Dsl;

/// <summary>The rule's description.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="DescriptionAttribute"/> class.</summary>
    /// <param name="value">The description.</param>
    public DescriptionAttribute(string value) => Value = value;

    /// <summary>Gets the description. Internal, as in NRules: read it through <c>IRuleMetadata</c> or <c>IRuleDefinition</c>.</summary>
    internal string Value { get; }
}
