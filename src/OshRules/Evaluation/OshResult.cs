using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// The outcome of evaluating one case (評估結果): typed conclusions with their explanations, or the error that
/// stopped the case. Immutable and thread-safe; value equality (a result read back from JSON equals the original).
/// </summary>
public sealed class OshResult : IEquatable<OshResult>
{
    private readonly ByElements<IReadOnlyList<IOshConclusion>> conclusions;
    private readonly ByElements<IReadOnlyList<ConclusionExplanation>> explanations;

    internal OshResult(
        string caseId,
        DateOnly asOf,
        IReadOnlyList<IOshConclusion> conclusions,
        IReadOnlyList<ConclusionExplanation> explanations,
        CaseError? error,
        OshEvaluationSettings settings)
    {
        CaseId = caseId;
        AsOf = asOf;
        this.conclusions = new(conclusions);
        this.explanations = new(explanations);
        Error = error;
        Settings = settings;
    }

    /// <summary>The case key (案例代號).</summary>
    public string CaseId { get; }

    /// <summary>The evaluation date (評估基準日).</summary>
    public DateOnly AsOf { get; }

    /// <summary>All conclusions, in the order the rules produced them. Empty when <see cref="Error"/> is set.</summary>
    public IReadOnlyList<IOshConclusion> Conclusions => conclusions.Items;

    /// <summary>One explanation per conclusion.</summary>
    public IReadOnlyList<ConclusionExplanation> Explanations => explanations.Items;

    /// <summary>The error that stopped the case, or null when it was evaluated.</summary>
    public CaseError? Error { get; }

    /// <summary>The options in force for this evaluation (適用之選項).</summary>
    public OshEvaluationSettings Settings { get; }

    /// <summary>
    /// Known amendments, in force on the evaluation date, of parameters the conclusions used but that the library does not
    /// encode yet (法規已修正但尚未納入). Non-empty means: check these conclusions against the new text.
    /// </summary>
    public IReadOnlyList<Law.PendingAmendment> PendingAmendments =>
        Conclusions.Select(c => c.PendingAmendment).OfType<Law.PendingAmendment>().Distinct().ToArray();

    /// <summary>Whether the case was evaluated without error.</summary>
    public bool IsValid => Error is null;

    /// <summary>The single conclusion of type <typeparamref name="T"/>, or null when there is none.</summary>
    /// <typeparam name="T">The conclusion type.</typeparam>
    /// <returns>The conclusion.</returns>
    /// <exception cref="InvalidOperationException">There is more than one; use <see cref="All{T}"/>.</exception>
    public T? Get<T>()
        where T : class, IOshConclusion
    {
        T? found = null;
        foreach (var c in Conclusions)
        {
            if (c is T t)
            {
                if (found is not null)
                {
                    throw new InvalidOperationException($"The result holds more than one {typeof(T).Name}; use All<{typeof(T).Name}>().");
                }

                found = t;
            }
        }

        return found;
    }

    /// <summary>Every conclusion of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The conclusion type.</typeparam>
    /// <returns>The conclusions, in production order.</returns>
    public IReadOnlyList<T> All<T>()
        where T : IOshConclusion
    {
        var list = new List<T>();
        foreach (var c in Conclusions)
        {
            if (c is T t)
            {
                list.Add(t);
            }
        }

        return list;
    }

    /// <summary>The explanation of <paramref name="conclusion"/>.</summary>
    /// <param name="conclusion">A conclusion of this result.</param>
    /// <returns>Its explanation.</returns>
    public ConclusionExplanation ExplanationOf(IOshConclusion conclusion)
    {
        foreach (var e in Explanations)
        {
            if (ReferenceEquals(e.Conclusion, conclusion))
            {
                return e;
            }
        }

        throw new ArgumentException("The conclusion does not belong to this result.", nameof(conclusion));
    }

    /// <summary>Prints every conclusion with its rule and citations.</summary>
    /// <param name="language">The language of the text.</param>
    /// <returns>The explanation text.</returns>
    public string Explain(DisplayLanguage language = DisplayLanguage.ZhTw) => ExplanationFormatter.Format(this, language);

    /// <summary>
    /// Value equality (值相等): the same case, date, error and settings, and equal conclusions and explanations in the same
    /// order.
    /// </summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(OshResult? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (CaseId == other.CaseId && AsOf == other.AsOf && Equals(Error, other.Error) && Settings == other.Settings
                && conclusions == other.conclusions && explanations == other.explanations));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OshResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CaseId, AsOf, Error, Settings, conclusions);

    /// <summary>A short description without personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        IsValid ? $"OshResult {{ Conclusions = {Conclusions.Count} }}" : $"OshResult {{ Error = {Error!.Message} }}";
}
