using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// A ground on which a new worker is exempt from the general physical exam on hiring, §16 II (得免實施一般體格檢查).
/// Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// The third ground of §16 (a proven general exam within the periodic interval, 經勞工提出證明) is not claimed here:
/// the calculator finds it from the worker's <see cref="ExamRecord"/>s.
/// </remarks>
public sealed record HiringExemption
{
    /// <summary>Creates an exemption claim.</summary>
    /// <param name="workerId">The worker.</param>
    /// <param name="reason">The ground.</param>
    /// <param name="workEndDate">For temporary or short-term work, the last day of the engagement.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public HiringExemption(string workerId, HiringExemptionReason reason, DateOnly? workEndDate = null)
    {
        WorkerId = Guard.NotBlank(workerId, "HiringExemption.WorkerId", "HC-1", 64);
        Reason = Guard.Defined(reason, "HiringExemption.Reason", "HC-1");
        if (reason == HiringExemptionReason.TemporaryOrShortTermWork && workEndDate is null)
        {
            throw new OshValidationException("HiringExemption.WorkEndDate", "HC-1", "temporary or short-term work needs the last day of the engagement");
        }

        WorkEndDate = workEndDate is { } d ? Guard.Plausible(d, "HiringExemption.WorkEndDate", "HC-1") : null;
    }

    /// <summary>The worker (勞工編號).</summary>
    public string WorkerId { get; }

    /// <summary>The ground (免檢事由).</summary>
    public HiringExemptionReason Reason { get; }

    /// <summary>For temporary or short-term work, the last day of the engagement (工作期間末日).</summary>
    public DateOnly? WorkEndDate { get; }

    /// <summary>Describes the record without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"HiringExemption {{ WorkerId = <redacted>, Reason = {Reason} }}";
}
