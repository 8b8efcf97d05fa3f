namespace OshRules.Engine.Fluent.Dsl;

/// <summary>A tag of the rule (repeatable), used to select rules when loading a repository.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="TagAttribute"/> class.</summary>
    /// <param name="value">The tag.</param>
    public TagAttribute(string value) => Value = value;

    /// <summary>Gets the tag. Internal, as in NRules: read it through <c>IRuleMetadata</c> or <c>IRuleDefinition</c>.</summary>
    internal string Value { get; }
}
