using OshRules.Common;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Training;

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

    /// <summary>The runtime that runs the rules (規則執行環境).</summary>
    /// <value>The default value is <see cref="RuleRuntime.OshRulesEngine"/>.</value>
    public RuleRuntime Runtime { get; set; } = DefaultRuntime;

    /// <summary>
    /// The runtime new options start with: <see cref="RuleRuntime.OshRulesEngine"/>. A seam for the test assembly that runs
    /// every test of the library on NRules' runtime; nothing else sets it.
    /// </summary>
    internal static RuleRuntime DefaultRuntime { get; set; } = RuleRuntime.OshRulesEngine;

    /// <summary>How many cases <c>EvaluateMany</c> evaluates at once (平行度), 1–256.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Options of the health-examination rules (勞工健康檢查選項): due-date counting and the school's service condition.</summary>
    /// <value>The default value is <see cref="HealthExamOptions.Default"/>: day-exact counting, from hiring.</value>
    public HealthExamOptions HealthExams { get; set; } = HealthExamOptions.Default;

    /// <summary>Options of the maternal-protection rules (母性健康保護選項).</summary>
    /// <value>The default value is <see cref="MaternalOptions.Default"/>.</value>
    public MaternalOptions Maternal { get; set; } = MaternalOptions.Default;

    /// <summary>Options of the training rules (教育訓練選項), e.g. the holiday calendar for the OSH-card window.</summary>
    /// <value>The default value is <see cref="TrainingOptions.Default"/>: weekends only.</value>
    public TrainingOptions Training { get; set; } = TrainingOptions.Default;

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
        if (HealthExams is null || Maternal is null || Training is null)
        {
            throw new Law.OshValidationException("OshRulesOptions", "options", "the family options must not be null");
        }

        Law.Guard.Defined(Language, "OshRulesOptions.Language", "options");
        Law.Guard.Defined(Runtime, "OshRulesOptions.Runtime", "options");
    }
}
