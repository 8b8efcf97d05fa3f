namespace OshRules.MaternalProtection;

/// <summary>Noise exposure as an eight-hour time-weighted average (噪音八小時日時量平均音壓級), MAT-3. Immutable and thread-safe.</summary>
public sealed record NoiseExposure : MaternalHazardExposure
{
    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="twaDba">The 8-hour TWA in dBA (分貝), finite and not negative.</param>
    public NoiseExposure(string workerId, double twaDba)
        : base(workerId, "MAT-3")
    {
        TwaDba = twaDba;
        Level = MaternalGuard.Measurement(twaDba, "NoiseExposure.TwaDba", "MAT-3");
    }

    /// <summary>The 8-hour TWA in dBA (時量平均音壓級).</summary>
    public double TwaDba { get; }

    internal decimal Level { get; }
}
