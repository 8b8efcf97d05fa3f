namespace OshRules.MaternalProtection;

/// <summary>Blood lead concentration of a worker doing lead work (血中鉛濃度), in µg/dL, MAT-4. Immutable and thread-safe.</summary>
public sealed record BloodLeadLevel : MaternalHazardExposure
{
    /// <summary>Creates the finding.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="microgramsPerDecilitre">Blood lead in µg/dL, finite and not negative.</param>
    public BloodLeadLevel(string workerId, double microgramsPerDecilitre)
        : base(workerId, "MAT-4")
    {
        MicrogramsPerDecilitre = microgramsPerDecilitre;
        Level = MaternalGuard.Measurement(microgramsPerDecilitre, "BloodLeadLevel.MicrogramsPerDecilitre", "MAT-4");
    }

    /// <summary>Blood lead in µg/dL (血中鉛濃度).</summary>
    public double MicrogramsPerDecilitre { get; }

    /// <summary>A physician's adjustment of the tier, if any (醫師調整風險等級).</summary>
    public PhysicianTierOverride? PhysicianOverride { get; init; }

    internal decimal Level { get; }
}
