using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// An establishment (事業單位) and the number of its workers (勞工人數), the fact MAT-18 rests on: whether it must have a
/// maternal-protection programme (母性健康保護計畫). Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// 辦法 §5 III ties the written programme to the establishment's workforce; the caller decides who counts (for a school,
/// the staff it employs). The duty is decided on <see cref="CountedOn"/> when given, otherwise on the evaluation date,
/// with the threshold in force on that day.
/// </remarks>
/// <param name="Id">The establishment's key (事業單位代號).</param>
/// <param name="WorkerCount">The number of workers (勞工人數), 0 to <see cref="Ergonomics.ErgonomicsEstablishment.MaxWorkerCount"/>.</param>
public sealed record MaternalEstablishment(string Id, int WorkerCount)
{
    private const string Rule = "MAT-18";

    /// <summary>The establishment's key (事業單位代號).</summary>
    public string Id { get; } = Guard.NotBlank(Id ?? throw new ArgumentNullException(nameof(Id)), "MaternalEstablishment.Id", Rule, 64);

    /// <summary>The number of workers (勞工人數).</summary>
    public int WorkerCount { get; } = Guard.InRange(WorkerCount, 0, Ergonomics.ErgonomicsEstablishment.MaxWorkerCount, "MaternalEstablishment.WorkerCount", Rule);

    /// <summary>
    /// The day the workers were counted (人數計算日), on which the duty is decided; null to decide it on the evaluation
    /// date. It must not be after the evaluation date.
    /// </summary>
    /// <exception cref="OshValidationException">The date is outside the supported range.</exception>
    public DateOnly? CountedOn { get; init => field = value is { } d ? Guard.Plausible(d, "MaternalEstablishment.CountedOn", Rule) : null; }
}
