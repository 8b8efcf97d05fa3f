using OshRules.Law;

namespace OshRules.Evaluation;

/// <summary>
/// One case to evaluate (評估案例): all facts about one worker (or one learner's course), under a case key.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A case may be built lazily with <see cref="Deferred"/>: the facts are constructed when the case is evaluated, so a
/// row whose facts fail validation, or whose reading throws anything else, becomes a result carrying the error instead
/// of stopping the roster.
/// </remarks>
public sealed class OshCase
{
    /// <summary>
    /// The most facts of one kind (one fact type) that may name one worker in a case (每位勞工同類事實上限): 1,000.
    /// A career of yearly general and special exams, a lifetime of training records or a worker's exposures stay well
    /// under a few hundred; beyond the bound the case is refused (<see cref="OshValidationException"/> naming the kind's
    /// worker field), so no single worker makes an evaluation grow without bound.
    /// </summary>
    public const int MaxFactsPerWorkerAndKind = 1000;

    private readonly Func<IEnumerable<object>>? build;
    private readonly IReadOnlyList<object>? facts;

    private OshCase(string caseId, IReadOnlyList<object>? facts, Func<IEnumerable<object>>? build, OshValidationException? error)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        CaseId = caseId;
        this.facts = facts;
        this.build = build;
        Error = error;
    }

    /// <summary>The case key (案例代號): a row number or a pseudonymous worker key; echoed in the result.</summary>
    public string CaseId { get; }

    /// <summary>An input error already known before evaluation, if any.</summary>
    public OshValidationException? Error { get; }

    /// <summary>A case from facts already built.</summary>
    /// <param name="caseId">The case key.</param>
    /// <param name="facts">The facts; none may be null.</param>
    /// <returns>The case.</returns>
    public static OshCase Of(string caseId, IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new OshCase(caseId, facts.ToArray(), null, null);
    }

    /// <summary>
    /// A case whose facts are built when it is evaluated; whatever the builder throws then is carried by its result: a
    /// validation error as <see cref="CaseErrorKind.InvalidInput"/>, anything else as <see cref="CaseErrorKind.BuildFailure"/>
    /// (with the exception's type, never its message).
    /// </summary>
    /// <remarks>
    /// In <c>EvaluateMany</c> the builder runs on a worker thread, beside other cases' builders and while the caller's
    /// enumeration reads later cases: it must capture what it needs (the row's own cells), not a buffer the reader reuses.
    /// </remarks>
    /// <param name="caseId">The case key.</param>
    /// <param name="build">Builds the facts.</param>
    /// <returns>The case.</returns>
    public static OshCase Deferred(string caseId, Func<IEnumerable<object>> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return new OshCase(caseId, null, build, null);
    }

    /// <summary>A case known to be invalid (e.g. a roster row that could not be read); its result carries the error.</summary>
    /// <param name="caseId">The case key.</param>
    /// <param name="error">The error.</param>
    /// <returns>The case.</returns>
    public static OshCase Invalid(string caseId, OshValidationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new OshCase(caseId, null, null, error);
    }

    internal IReadOnlyList<object> BuildFacts()
    {
        if (Error is not null)
        {
            throw Error;
        }

        return facts ?? build!().ToArray();
    }
}
