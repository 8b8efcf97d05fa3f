using System.Text;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A hazard the worker is exposed to, as found by the workplace hazard assessment (工作場所危害評估之結果).
/// Base of the hazard facts; immutable and thread-safe.
/// </summary>
public abstract record MaternalHazardExposure
{
    /// <summary>Creates the exposure for a worker.</summary>
    /// <param name="workerId">The worker's key (<see cref="Common.Worker.Id"/>).</param>
    /// <param name="rule">The rule id used in validation messages.</param>
    private protected MaternalHazardExposure(string workerId, string rule)
    {
        WorkerId = MaternalGuard.WorkerId(workerId, GetType().Name + ".WorkerId", rule);
    }

    /// <summary>The worker's key (員工編號).</summary>
    public string WorkerId { get; }

    /// <summary>
    /// The caller's key of this exposure (紀錄編號), optional: the findings drawn from it carry it as their
    /// <see cref="HazardFinding.SourceId"/>, and two exposures differing only by it are two facts (e.g. two workplaces
    /// measured alike).
    /// </summary>
    /// <exception cref="OshValidationException">Blank, or longer than 64 characters.</exception>
    public string? Id { get; init => field = value is null ? null : Guard.NotBlank(value, GetType().Name + ".Id", "MAT-2", 64); }

    /// <summary>
    /// Whether maternal-protection measures have been taken for this hazard (已採取母性健康保護措施); only a
    /// downgradable tier-3 finding uses it (MAT-11). The default is <see cref="ProtectionMeasures.NotTaken"/>.
    /// </summary>
    /// <exception cref="OshValidationException">Not a known combination of measures.</exception>
    public ProtectionMeasures Measures { get; init => field = Guard.Flags(value, GetType().Name + ".Measures", "MAT-11"); } = ProtectionMeasures.NotTaken;

    /// <summary>Prints the members without the worker's key, so the text is safe to log.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns><see langword="true"/>: members were printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("WorkerId = <redacted>, Measures = ").Append(Measures);
        return true;
    }
}
