namespace OshRules.Evaluation;

/// <summary>
/// Evaluates cases against the compiled rules (法規評估服務). Implementations are thread-safe singletons.
/// </summary>
public interface IOshEvaluator
{
    /// <summary>The options in force.</summary>
    OshEvaluationSettings Settings { get; }

    /// <summary>Evaluates one case given as facts (all facts about one worker or one course).</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="facts">The facts. Facts equal by value (a record repeated with the same fields) count once.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Law.OshValidationException">
    /// A fact or the date is invalid, including when a rule refuses them, when two facts contradict each other or a fact
    /// names a worker the case does not contain, and when a compiled family's law versions do not cover the date
    /// (<see cref="FamilyCoverage"/>).
    /// </exception>
    /// <exception cref="OshEvaluationException">A rule failed; nothing half-done is returned.</exception>
    OshResult Evaluate(DateOnly asOf, IEnumerable<object> facts);

    /// <summary>Evaluates one case given as facts, unless <paramref name="cancellationToken"/> is cancelled first.</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="facts">The facts. Facts equal by value (a record repeated with the same fields) count once.</param>
    /// <param name="cancellationToken">Checked before the case is evaluated (one case takes microseconds).</param>
    /// <returns>The result.</returns>
    /// <exception cref="Law.OshValidationException">A fact or the date is invalid (as for <see cref="Evaluate(DateOnly, IEnumerable{object})"/>).</exception>
    /// <exception cref="OshEvaluationException">A rule failed; nothing half-done is returned.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    OshResult Evaluate(DateOnly asOf, IEnumerable<object> facts, CancellationToken cancellationToken);

    /// <summary>
    /// Evaluates a roster: streams the cases, evaluates them in parallel and yields one result per case in input order.
    /// Every failure of a case (invalid input, contradicting facts, a failing rule, its deferred builder throwing any
    /// exception) is that case's <see cref="OshResult.Error"/>; the rest go on.
    /// </summary>
    /// <remarks>
    /// <see cref="OshRuleSet"/> reads the cases on the caller's thread, in batches of 64. On more than one core a batch is evaluated in the
    /// background while the caller reads the next and takes the results of the one before, so at most two batches are
    /// read ahead of the results; disposing the enumerator waits for the batch in the background (a deferred builder
    /// never runs after it). A deferred builder may therefore run while the enumeration of cases reads later ones, as it
    /// may run beside other builders: it must not depend on state that the enumeration changes (give each case its own
    /// row, not a buffer the reader reuses).
    /// </remarks>
    /// <param name="asOf">The evaluation date; checked when called, before any case is read.</param>
    /// <param name="cases">The cases. An exception of their enumeration ends the roster, after the results of the cases read before it.</param>
    /// <param name="progress">Receives progress after each batch, if given.</param>
    /// <param name="cancellationToken">Stops the evaluation with <see cref="OperationCanceledException"/>; no result is yielded after it is cancelled.</param>
    /// <returns>The results, one per case, in input order.</returns>
    /// <exception cref="Law.OshValidationException">A compiled family's law versions do not cover <paramref name="asOf"/> (<see cref="FamilyCoverage"/>).</exception>
    IEnumerable<OshResult> EvaluateMany(DateOnly asOf, IEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evaluates a roster read asynchronously (a database, a web request), with the guarantees of
    /// <see cref="EvaluateMany"/>: one result per case in input order, every failure of a case its own error, nothing
    /// yielded after cancellation. While the source waits for its next case, the cases already read are evaluated.
    /// </summary>
    /// <param name="asOf">The evaluation date; checked when called, before any case is read.</param>
    /// <param name="cases">The cases; the token is passed to their enumerator.</param>
    /// <param name="progress">Receives progress after each batch, if given.</param>
    /// <param name="cancellationToken">Stops the evaluation with <see cref="OperationCanceledException"/> (combined with the token of <c>WithCancellation</c>).</param>
    /// <returns>The results, one per case, in input order.</returns>
    /// <exception cref="Law.OshValidationException">A compiled family's law versions do not cover <paramref name="asOf"/> (<see cref="FamilyCoverage"/>).</exception>
    IAsyncEnumerable<OshResult> EvaluateManyAsync(DateOnly asOf, IAsyncEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default);
}
