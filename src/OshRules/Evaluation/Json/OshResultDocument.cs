using OshRules.Common;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation.Json;

/// <summary>
/// JSON shape of an <see cref="OshResult"/>: the conclusions once, and each explanation pointing at its conclusion by
/// index. <see cref="PendingAmendments"/> is written for readers and recomputed from the conclusions on reading.
/// </summary>
internal sealed record OshResultDocument(
    string CaseId,
    DateOnly AsOf,
    IReadOnlyList<IOshConclusion> Conclusions,
    IReadOnlyList<ExplanationDocument> Explanations,
    CaseError? Error,
    SettingsDocument Settings)
{
    public IReadOnlyList<PendingAmendment>? PendingAmendments { get; init; }
}

/// <summary>
/// JSON shape of a <see cref="ConclusionExplanation"/>; <see cref="Conclusion"/> and <see cref="Premises"/> are indexes in the
/// result's conclusions. Premises are written only when there are some.
/// </summary>
internal sealed record ExplanationDocument(
    int Conclusion,
    string RuleName,
    string? RuleDescription,
    IReadOnlyList<string> MatchedFacts,
    IReadOnlyList<Citation> Citations)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Premises { get; init; }
}

/// <summary>
/// JSON shape of <see cref="OshEvaluationSettings"/>: the family options by name. A holiday calendar is code, not data:
/// it is recorded as <c>WeekendsOnly</c> or <c>Custom</c>, and only the former is restored on reading.
/// </summary>
internal sealed record SettingsDocument(
    IReadOnlyList<string> Families,
    int DueSoonDays,
    DisplayLanguage Language,
    HealthExamOptions? HealthExams,
    MaternalOptions? Maternal,
    string? HolidayCalendar);
