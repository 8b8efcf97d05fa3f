namespace OshRules.Engine.RuleModel;

/// <summary>A fact as seen by diagnostics: its type and value.</summary>
public interface IFact
{
    /// <summary>Gets the fact's type (the runtime type of a working-memory fact; the declared type of a computed one).</summary>
    Type Type { get; }

    /// <summary>Gets the fact's value.</summary>
    object? Value { get; }
}
