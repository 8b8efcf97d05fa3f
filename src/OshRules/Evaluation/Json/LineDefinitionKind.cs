namespace OshRules.Evaluation.Json;

/// <summary>What a definition line of a result-lines file defines; its JSON name is <c>"define"</c>'s value.</summary>
internal enum LineDefinitionKind
{
    /// <summary>A <see cref="Law.Citation"/>.</summary>
    Citation,

    /// <summary>A <see cref="Law.PendingAmendment"/> notice.</summary>
    Amendment,

    /// <summary>A <see cref="RuleText"/>.</summary>
    Rule,

    /// <summary>A <see cref="SettingsDocument"/>.</summary>
    Settings,
}
