namespace OshRules.Engine.RuleModel;

/// <summary>A fact bound to one declaration of a rule's left-hand side.</summary>
public interface IFactMatch : IFact
{
    /// <summary>Gets the declaration (alias) the fact is bound to.</summary>
    Declaration Declaration { get; }
}
