using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// What was done for a worker after her assessment (執行情形): the physician interview and any work arrangement.
/// Feeds the execution record 附表六, MAT-17. Immutable and thread-safe.
/// </summary>
public sealed record MaternalFollowUp
{
    /// <summary>Creates the follow-up.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="physicianInterviewOn">The day of the physician interview (醫師面談日期), if held.</param>
    /// <param name="adjustments">Work arrangements made.</param>
    public MaternalFollowUp(string workerId, DateOnly? physicianInterviewOn = null, WorkAdjustments adjustments = WorkAdjustments.None)
    {
        WorkerId = MaternalGuard.WorkerId(workerId, "MaternalFollowUp.WorkerId", "MAT-17");
        PhysicianInterviewOn = physicianInterviewOn is { } d ? Guard.Plausible(d, "MaternalFollowUp.PhysicianInterviewOn", "MAT-17") : null;
        if (((int)adjustments & ~15) != 0)
        {
            throw new OshValidationException("MaternalFollowUp.Adjustments", "MAT-17", "contains an unknown adjustment");
        }

        Adjustments = adjustments;
    }

    /// <summary>The worker's key.</summary>
    public string WorkerId { get; }

    /// <summary>The day of the physician interview, if held.</summary>
    public DateOnly? PhysicianInterviewOn { get; }

    /// <summary>Work arrangements made.</summary>
    public WorkAdjustments Adjustments { get; }

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"MaternalFollowUp {{ WorkerId = <redacted>, Interviewed = {PhysicianInterviewOn.HasValue}, Adjustments = {Adjustments} }}";
}
