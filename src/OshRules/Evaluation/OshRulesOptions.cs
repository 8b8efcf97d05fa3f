using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// Options of the evaluation facade (評估選項), bound through the options pattern by
/// <c>services.AddOshRules(o => …)</c> or passed to <see cref="OshRuleSet.Create(OshRulesOptions)"/>.
/// </summary>
public sealed class OshRulesOptions
{
    /// <summary>The rule families to compile (規則類別), by their <see cref="Common.Families"/> tags.</summary>
    /// <value>The default value is all four families.</value>
    public ISet<string> Families { get; } = new HashSet<string>(Common.Families.All, StringComparer.Ordinal);

    /// <summary>Days ahead within which a requirement is "due soon" (即將到期天數), 0–3650.</summary>
    /// <value>The default value is 30.</value>
    public int DueSoonDays { get; set; } = EvaluationDate.DefaultDueSoonDays;

    /// <summary>The language of display names and explanations (顯示語言).</summary>
    /// <value>The default value is <see cref="DisplayLanguage.ZhTw"/>.</value>
    public DisplayLanguage Language { get; set; } = DisplayLanguage.ZhTw;

    /// <summary>How many cases <c>EvaluateMany</c> evaluates at once (平行度), 1–256.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Checks the options and throws <see cref="Law.OshValidationException"/> naming the first bad one.</summary>
    public void Validate()
    {
        if (Families.Count == 0)
        {
            throw new Law.OshValidationException("OshRulesOptions.Families", "options", "must name at least one rule family");
        }

        foreach (var family in Families)
        {
            if (!Common.Families.All.Contains(family))
            {
                throw new Law.OshValidationException("OshRulesOptions.Families", "options", $"'{family}' is not a rule family (expected one of {string.Join(", ", Common.Families.All)})");
            }
        }

        Law.Guard.InRange(DueSoonDays, 0, 3650, "OshRulesOptions.DueSoonDays", "options");
        Law.Guard.InRange(MaxDegreeOfParallelism, 1, 256, "OshRulesOptions.MaxDegreeOfParallelism", "options");
        Law.Guard.Defined(Language, "OshRulesOptions.Language", "options");
    }
}
