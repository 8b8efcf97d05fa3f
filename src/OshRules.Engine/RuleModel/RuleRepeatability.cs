namespace OshRules.Engine.RuleModel;

/// <summary>Whether a rule fires again when the facts of a match it already fired for are updated.</summary>
public enum RuleRepeatability
{
    /// <summary>The rule fires again whenever a fact in its match is updated (the default).</summary>
    Repeatable = 0,

    /// <summary>The rule fires once per match; updates of the matched facts do not re-fire it.</summary>
    NonRepeatable = 1,
}
