using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// A noise exposure measurement (噪音暴露測定): the 8-hour time-weighted average sound level in dBA of a worker's
/// workday (工作日八小時日時量平均音壓級). Immutable and thread-safe; validated on construction.
/// </summary>
public sealed record NoiseMeasurement
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="workerId">The worker exposed.</param>
    /// <param name="measuredOn">The day of measurement.</param>
    /// <param name="eightHourTwaDba">The 8-hour TWA, in dBA; finite and not negative.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public NoiseMeasurement(string workerId, DateOnly measuredOn, double eightHourTwaDba)
    {
        WorkerId = Guard.NotBlank(workerId, "NoiseMeasurement.WorkerId", "HC-6", 64);
        MeasuredOn = Guard.Plausible(measuredOn, "NoiseMeasurement.MeasuredOn", "HC-6");
        EightHourTwaDba = Guard.FiniteNonNegative(eightHourTwaDba, "NoiseMeasurement.EightHourTwaDba", "HC-6");
    }

    /// <summary>The worker exposed (勞工編號).</summary>
    public string WorkerId { get; }

    /// <summary>
    /// The caller's key of this measurement (紀錄編號), optional: conclusions drawn from it alone carry it as their
    /// <c>SourceId</c>, and two records differing only by it are two facts (e.g. two workplaces measured alike).
    /// </summary>
    /// <exception cref="OshValidationException">Blank, or longer than 64 characters.</exception>
    public string? Id { get; init => field = value is null ? null : Guard.NotBlank(value, "NoiseMeasurement.Id", "HC-6", 64); }

    /// <summary>The day of measurement (測定日期).</summary>
    public DateOnly MeasuredOn { get; }

    /// <summary>The 8-hour time-weighted average, dBA (八小時日時量平均音壓級).</summary>
    public double EightHourTwaDba { get; }

    /// <summary>Describes the record without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"NoiseMeasurement {{ WorkerId = <redacted>, EightHourTwaDba = {EightHourTwaDba} }}";
}
