using OshRules.Common;
using OshRules.Law;

namespace OshRules.Evaluation;

/// <summary>
/// Why a conclusion was reached (結論說明): the rule that produced it, the kinds of facts it matched and the legal
/// citations. Immutable and thread-safe.
/// </summary>
/// <remarks>Matched facts are described by their type only, never by their values, so an explanation holds no personal data.</remarks>
/// <param name="Conclusion">The conclusion explained.</param>
/// <param name="RuleName">The producing rule's name; it starts with the DOMAIN.md rule id (e.g. <c>HC-2 …</c>).</param>
/// <param name="RuleDescription">The rule's description, if any.</param>
/// <param name="MatchedFacts">The type names of the facts the rule matched, in pattern order.</param>
/// <param name="Citations">The legal basis of the conclusion.</param>
public sealed record ConclusionExplanation(
    IOshConclusion Conclusion,
    string RuleName,
    string? RuleDescription,
    IReadOnlyList<string> MatchedFacts,
    IReadOnlyList<Citation> Citations)
{
    private readonly ByElements<IReadOnlyList<string>> matchedFacts = new(MatchedFacts);
    private readonly ByElements<IReadOnlyList<Citation>> citations = new(Citations);

    /// <summary>The type names of the facts the rule matched, in pattern order.</summary>
    public IReadOnlyList<string> MatchedFacts { get => matchedFacts.Items; init => matchedFacts = new(value); }

    /// <summary>The legal basis of the conclusion.</summary>
    public IReadOnlyList<Citation> Citations { get => citations.Items; init => citations = new(value); }

    /// <summary>The rule id at the start of <see cref="RuleName"/> (e.g. <c>HC-2</c>).</summary>
    public string RuleId => RuleName.Split(' ', 2)[0];
}
