using OshRules.Common;
using OshRules.Law;

namespace OshRules.Evaluation.Json;

/// <summary>
/// JSON shape of one result in a result-lines file (<see cref="OshJsonLinesWriter"/>): an <see cref="OshResultDocument"/>
/// whose citations, amendment notices, rule texts and settings are numbers naming a definition line written earlier in
/// the same file. The result's list of pending amendments is not written (<see cref="PendingAmendments"/> is read, as
/// files may carry it, and recomputed from the conclusions as for a whole document).
/// </summary>
internal sealed record ResultLineDocument(
    string CaseId,
    DateOnly AsOf,
    IReadOnlyList<IOshConclusion> Conclusions,
    IReadOnlyList<ExplanationLineDocument> Explanations,
    CaseError? Error,
    int Settings)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PendingAmendment>? PendingAmendments { get; init; }
}

/// <summary>JSON shape of an explanation in a result-lines file: <see cref="Rule"/> names a rule-text definition.</summary>
internal sealed record ExplanationLineDocument(
    int Conclusion,
    int Rule,
    IReadOnlyList<string> MatchedFacts,
    IReadOnlyList<Citation> Citations)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Premises { get; init; }
}

/// <summary>A rule's name and description, as an explanation carries them, written once per result-lines file.</summary>
internal sealed record RuleText(string Name, string? Description);

/// <summary>The first line of a result-lines file: what the file is, and the version of its layout.</summary>
internal sealed record ResultLinesHeader(string Format, int Version)
{
    public const string FormatName = "OshRules.ResultLines";

    public const int CurrentVersion = 1;
}
