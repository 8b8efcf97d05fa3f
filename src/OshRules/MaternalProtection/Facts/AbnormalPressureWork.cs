using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>Exposure to abnormal pressure: hyperbaric-chamber or diving work (異常氣壓作業), MAT-7. Immutable and thread-safe.</summary>
public sealed record AbnormalPressureWork : MaternalHazardExposure
{
    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="kind">Hyperbaric chamber or diving.</param>
    public AbnormalPressureWork(string workerId, AbnormalPressureKind kind)
        : base(workerId, "MAT-7")
    {
        Kind = Guard.Defined(kind, "AbnormalPressureWork.Kind", "MAT-7");
    }

    /// <summary>The kind of work (作業種類).</summary>
    public AbnormalPressureKind Kind { get; }
}
