using OshRules.Law;

namespace OshRules.Evaluation;

/// <summary>
/// A parameter version applied in an evaluation (適用之法規版本), as recorded in a result. Immutable and thread-safe.
/// </summary>
/// <param name="Parameter">The parameter's stable name.</param>
/// <param name="Citation">The citation of the value applied.</param>
/// <param name="EffectiveFrom">The day that value took effect.</param>
/// <param name="PendingAmendment">A known amendment in force on the evaluation date that is not encoded, if any.</param>
public sealed record AppliedLawVersion(string Parameter, Citation Citation, DateOnly EffectiveFrom, PendingAmendment? PendingAmendment);
