namespace OshRules.MaternalProtection;

/// <summary>Work with ionizing radiation (游離輻射作業), MAT-7: not tiered here but referred to 游離輻射防護安全標準. Immutable and thread-safe.</summary>
public sealed record IonizingRadiationWork : MaternalHazardExposure
{
    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    public IonizingRadiationWork(string workerId)
        : base(workerId, "MAT-7")
    {
    }
}
