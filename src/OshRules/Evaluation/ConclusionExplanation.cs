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
    private readonly ByElements<IReadOnlyList<IOshConclusion>> premises = new([]);

    /// <summary>The type names of the facts the rule matched, in pattern order.</summary>
    public IReadOnlyList<string> MatchedFacts { get => matchedFacts.Items; init => matchedFacts = new(value); }

    /// <summary>The legal basis of the conclusion.</summary>
    public IReadOnlyList<Citation> Citations { get => citations.Items; init => citations = new(value); }

    /// <summary>
    /// The conclusions the rule drew this one from (前提結論), in the order its patterns matched them: for a chained
    /// conclusion (a special exam due because a measurement classified the work), the conclusion of the earlier step, whose
    /// own explanation (<see cref="OshResult.ExplanationOf"/>) gives its rule and citations. Empty when the rule matched
    /// only input facts.
    /// </summary>
    /// <remarks>
    /// Only conclusions the rule matched one at a time are premises; conclusions it gathered with a collecting pattern
    /// (e.g. all findings of a worker) are named by type in <see cref="MatchedFacts"/> only. A premise retracted before
    /// the end of the evaluation is left out. The premises are conclusions of the same result.
    /// </remarks>
    public IReadOnlyList<IOshConclusion> Premises { get => premises.Items; init => premises = new(value); }

    /// <summary>The rule id at the start of <see cref="RuleName"/> (e.g. <c>HC-2</c>).</summary>
    public string RuleId => RuleName.Split(' ', 2)[0];
}
