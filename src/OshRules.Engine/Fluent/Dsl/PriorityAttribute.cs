namespace OshRules.Engine.Fluent.Dsl;

/// <summary>The rule's priority: among ready rules, higher priority fires first (default 0).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="PriorityAttribute"/> class.</summary>
    /// <param name="value">The priority.</param>
    public PriorityAttribute(int value) => Value = value;

    /// <summary>Gets the priority. Internal, as in NRules: read it through <c>IRuleMetadata</c> or <c>IRuleDefinition</c>.</summary>
    internal int Value { get; }
}
