using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// A worker's assignment to special hazardous work (從事特別危害健康作業): which hazard, from when, and until when if it ended.
/// Immutable and thread-safe; validated on construction.
/// </summary>
public sealed record SpecialHazardAssignment
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="workerId">The worker.</param>
    /// <param name="hazard">The hazard of 附表一.</param>
    /// <param name="since">The first day of the work (hiring into it or changing into it; 受僱或變更作業日).</param>
    /// <param name="until">The last day of the work, when it ended; not before <paramref name="since"/>.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public SpecialHazardAssignment(string workerId, SpecialHazard hazard, DateOnly since, DateOnly? until = null)
    {
        WorkerId = Guard.NotBlank(workerId, "SpecialHazardAssignment.WorkerId", "HC-4", 64);
        Hazard = new SpecialHazard(hazard.Category, hazard.Agent);
        Since = Guard.Plausible(since, "SpecialHazardAssignment.Since", "HC-4");
        if (until is { } u)
        {
            Guard.Plausible(u, "SpecialHazardAssignment.Until", "HC-4");
            if (u < since)
            {
                throw new OshValidationException("SpecialHazardAssignment.Until", "HC-4", "must not be before the start of the work");
            }
        }

        Until = until;
    }

    /// <summary>The worker (勞工編號).</summary>
    public string WorkerId { get; }

    /// <summary>
    /// The caller's key of this assignment (紀錄編號), optional: conclusions drawn from it alone carry it as their
    /// <c>SourceId</c>, and two records differing only by it are two facts (e.g. two workplaces measured alike).
    /// </summary>
    /// <exception cref="OshValidationException">Blank, or longer than 64 characters.</exception>
    public string? Id { get; init => field = value is null ? null : Guard.NotBlank(value, "SpecialHazardAssignment.Id", "HC-4", 64); }

    /// <summary>The hazard (特別危害健康作業項目).</summary>
    public SpecialHazard Hazard { get; }

    /// <summary>The first day of the work (開始從事日).</summary>
    public DateOnly Since { get; }

    /// <summary>The last day of the work, when it ended (結束日).</summary>
    public DateOnly? Until { get; }

    /// <summary>Whether the worker is in this work on <paramref name="date"/>, or is about to start it (從事或即將從事).</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> unless the work ended before that day.</returns>
    /// <remarks>An assignment starting later still counts: the special physical exam is due before the work starts.</remarks>
    public bool IsCurrentOn(DateOnly date) => Until is not { } u || u >= date;

    /// <summary>Describes the record without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"SpecialHazardAssignment {{ WorkerId = <redacted>, Hazard = {Hazard} }}";
}
