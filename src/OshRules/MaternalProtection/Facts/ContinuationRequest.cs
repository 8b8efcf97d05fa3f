using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// The worker's request to keep her original work (繼續從事原工作), MAT-12, with the physician's finding and her written
/// consent (書面同意). Immutable and thread-safe.
/// </summary>
public sealed record ContinuationRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="physicianFindsNoHarm">Whether a physician found the original work harmless to her (醫師評估可繼續從事原工作).</param>
    /// <param name="writtenConsentOn">The day she consented in writing, if she did (書面同意日期).</param>
    public ContinuationRequest(string workerId, bool physicianFindsNoHarm, DateOnly? writtenConsentOn)
    {
        WorkerId = MaternalGuard.WorkerId(workerId, "ContinuationRequest.WorkerId", "MAT-12");
        PhysicianFindsNoHarm = physicianFindsNoHarm;
        WrittenConsentOn = writtenConsentOn is { } d ? Guard.Plausible(d, "ContinuationRequest.WrittenConsentOn", "MAT-12") : null;
    }

    /// <summary>The worker's key.</summary>
    public string WorkerId { get; }

    /// <summary>Whether a physician found no harm in the original work.</summary>
    public bool PhysicianFindsNoHarm { get; }

    /// <summary>The day of her written consent, if any.</summary>
    public DateOnly? WrittenConsentOn { get; }

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ContinuationRequest {{ WorkerId = <redacted>, PhysicianFindsNoHarm = {PhysicianFindsNoHarm}, Consented = {WrittenConsentOn.HasValue} }}";
}
