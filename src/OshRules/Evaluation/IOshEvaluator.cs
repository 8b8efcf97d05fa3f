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
    /// <exception cref="Law.OshValidationException">A fact or the date is invalid, including when a rule refuses them (e.g. a date before the first version of a parameter).</exception>
    /// <exception cref="OshEvaluationException">A rule failed; nothing half-done is returned.</exception>
    OshResult Evaluate(DateOnly asOf, IEnumerable<object> facts);

    /// <summary>
    /// Evaluates a roster: streams the cases, evaluates them in parallel and yields one result per case in input order.
    /// A case with invalid input or a failing rule yields a result carrying its <see cref="OshResult.Error"/>; the rest go on.
    /// </summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="cases">The cases.</param>
    /// <param name="progress">Receives progress after each batch, if given.</param>
    /// <param name="cancellationToken">Stops the evaluation with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results, one per case, in input order.</returns>
    IEnumerable<OshResult> EvaluateMany(DateOnly asOf, IEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default);
}
