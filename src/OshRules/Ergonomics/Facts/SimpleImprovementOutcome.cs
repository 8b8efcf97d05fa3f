using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// The outcome of a simple ergonomic improvement for one worker (簡易人因工程改善之成效). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// NMQ-4: "針對簡易改善無法有效改善的個案，進行進階改善". An outcome of <see cref="ImprovementResult.NotResolved"/>
/// moves the case to advanced improvement; <see cref="ImprovementResult.Resolved"/> closes the improvement path
/// (the case remains under follow-up, 管控追蹤).
/// </remarks>
/// <param name="WorkerId">The worker's key (員工編號).</param>
/// <param name="AssessedOn">The day the outcome was assessed (成效評估日).</param>
/// <param name="Result">Whether the simple improvement resolved the case.</param>
public sealed record SimpleImprovementOutcome(string WorkerId, DateOnly AssessedOn, ImprovementResult Result)
{
    /// <summary>The worker's key (員工編號).</summary>
    public string WorkerId { get; } = Guard.NotBlank(WorkerId ?? throw new ArgumentNullException(nameof(WorkerId)), "SimpleImprovementOutcome.WorkerId", "NMQ-4", 64);

    /// <summary>The day the outcome was assessed (成效評估日).</summary>
    public DateOnly AssessedOn { get; } = Guard.Plausible(AssessedOn, "SimpleImprovementOutcome.AssessedOn", "NMQ-4");

    /// <summary>Whether the simple improvement resolved the case (改善成效).</summary>
    public ImprovementResult Result { get; } = Guard.Defined(Result, "SimpleImprovementOutcome.Result", "NMQ-4");

    /// <summary>Whether simple improvement did not resolve the case (簡易改善無法有效改善).</summary>
    public bool CallsForAdvancedImprovement => Result == ImprovementResult.NotResolved;

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"SimpleImprovementOutcome {{ WorkerId = <redacted>, AssessedOn = {AssessedOn:yyyy-MM-dd}, Result = {Result} }}";
}
