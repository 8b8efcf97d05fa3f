using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A female worker's maternal status (母性健康保護對象之狀態): when the employer learned of the pregnancy, when it
/// began, the expected and actual delivery, and breastfeeding. Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// At least one of <see cref="EmployerNotifiedOn"/>, <see cref="PregnantSince"/> or <see cref="DeliveredOn"/> must be
/// known. The employer cannot learn of a pregnancy before it began, and a delivery cannot precede the pregnancy.
/// </remarks>
public sealed record MaternalStatus
{
    private const string Rule = "MAT-1";

    /// <summary>Creates the status.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="employerNotifiedOn">The day the employer learned of the pregnancy (雇主得知妊娠之日).</param>
    /// <param name="pregnantSince">The first day of the pregnancy (妊娠日), when known.</param>
    /// <param name="expectedDelivery">The expected date of delivery (預產期).</param>
    /// <param name="deliveredOn">The day of delivery (分娩日期).</param>
    /// <param name="outcome">The outcome of the delivery; required with <paramref name="deliveredOn"/>, live birth by default.</param>
    /// <param name="isBreastfeeding">Whether the worker is breastfeeding (哺乳).</param>
    /// <exception cref="OshValidationException">A date is missing, implausible or out of order.</exception>
    public MaternalStatus(
        string workerId,
        DateOnly? employerNotifiedOn = null,
        DateOnly? pregnantSince = null,
        DateOnly? expectedDelivery = null,
        DateOnly? deliveredOn = null,
        DeliveryOutcome outcome = DeliveryOutcome.LiveBirth,
        bool isBreastfeeding = false)
    {
        WorkerId = MaternalGuard.WorkerId(workerId, "MaternalStatus.WorkerId", Rule);
        EmployerNotifiedOn = Plausible(employerNotifiedOn, "MaternalStatus.EmployerNotifiedOn");
        PregnantSince = Plausible(pregnantSince, "MaternalStatus.PregnantSince");
        ExpectedDelivery = Plausible(expectedDelivery, "MaternalStatus.ExpectedDelivery");
        DeliveredOn = Plausible(deliveredOn, "MaternalStatus.DeliveredOn");
        Outcome = Guard.Defined(outcome, "MaternalStatus.Outcome", Rule);
        IsBreastfeeding = isBreastfeeding;

        if (employerNotifiedOn is null && pregnantSince is null && deliveredOn is null)
        {
            throw new OshValidationException("MaternalStatus.EmployerNotifiedOn", Rule, "the notification, pregnancy or delivery date must be given");
        }

        if (pregnantSince is { } p)
        {
            if (deliveredOn is { } d && d < p)
            {
                throw new OshValidationException("MaternalStatus.DeliveredOn", Rule, "must not be before the pregnancy start");
            }

            if (employerNotifiedOn is { } n && n < p)
            {
                throw new OshValidationException("MaternalStatus.EmployerNotifiedOn", Rule, "must not be before the pregnancy start");
            }

            if (expectedDelivery is { } e && e < p)
            {
                throw new OshValidationException("MaternalStatus.ExpectedDelivery", Rule, "must not be before the pregnancy start");
            }
        }
    }

    /// <summary>The worker's key (員工編號).</summary>
    public string WorkerId { get; }

    /// <summary>
    /// The caller's key of this status (紀錄編號), optional: conclusions drawn from it alone carry it as their
    /// <c>SourceId</c>, and two records differing only by it are two facts (e.g. two workplaces measured alike).
    /// </summary>
    /// <exception cref="OshValidationException">Blank, or longer than 64 characters.</exception>
    public string? Id { get; init => field = value is null ? null : Guard.NotBlank(value, "MaternalStatus.Id", "MAT-1", 64); }

    /// <summary>The day the employer learned of the pregnancy (雇主得知妊娠之日); the protection period starts on it.</summary>
    public DateOnly? EmployerNotifiedOn { get; }

    /// <summary>The first day of the pregnancy (妊娠日), when known.</summary>
    public DateOnly? PregnantSince { get; }

    /// <summary>The expected date of delivery (預產期).</summary>
    public DateOnly? ExpectedDelivery { get; }

    /// <summary>The day of delivery (分娩日期), when it has happened.</summary>
    public DateOnly? DeliveredOn { get; }

    /// <summary>The outcome of the delivery (分娩結果).</summary>
    public DeliveryOutcome Outcome { get; }

    /// <summary>Whether the worker is breastfeeding (哺乳中).</summary>
    public bool IsBreastfeeding { get; }

    /// <summary>Whether the worker is in the protection period on <paramref name="date"/> (保護期間內), MAT-1.</summary>
    /// <param name="date">The day.</param>
    /// <param name="options">The family options (breastfeeding coverage).</param>
    /// <returns><see langword="true"/> when the phase on that day is not <see cref="ProtectionPhase.Outside"/>.</returns>
    public bool IsInProtectionPeriod(DateOnly date, MaternalOptions options) =>
        MaternalRiskCalculator.PhaseOn(this, date, options) != ProtectionPhase.Outside;

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => "MaternalStatus { WorkerId = <redacted>, dates = <redacted> }";

    private static DateOnly? Plausible(DateOnly? value, string field) =>
        value is { } v ? Guard.Plausible(v, field, Rule) : null;
}
