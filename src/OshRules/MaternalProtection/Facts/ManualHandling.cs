using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Manual handling of loads — lifting, lowering, pushing, pulling, carrying (以人工提舉、放、推、拉、搬運或移動重物), MAT-9:
/// the weight handled with its mode, and/or a physician's judgement. Immutable and thread-safe.
/// </summary>
/// <remarks>A weight needs its mode (intermittent or continuous); at least the weight or the judgement must be given.</remarks>
public sealed record ManualHandling : MaternalHazardExposure
{
    private const string Rule = "MAT-9";

    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="weightKg">The heaviest load handled, in kg (重量，公斤).</param>
    /// <param name="mode">Intermittent or continuous; required with a weight.</param>
    /// <param name="physicianJudgement">The physician's judgement, if any.</param>
    public ManualHandling(string workerId, double? weightKg = null, HandlingMode? mode = null, PhysicianJudgement? physicianJudgement = null)
        : base(workerId, Rule)
    {
        if (weightKg is { } w)
        {
            Weight = MaternalGuard.Measurement(w, "ManualHandling.WeightKg", Rule);
            if (mode is null)
            {
                throw new OshValidationException("ManualHandling.Mode", Rule, "must be given with a weight (intermittent or continuous)");
            }
        }

        if (mode is { } m)
        {
            Guard.Defined(m, "ManualHandling.Mode", Rule);
        }

        if (physicianJudgement is { } j)
        {
            Guard.Defined(j, "ManualHandling.PhysicianJudgement", Rule);
        }

        if (weightKg is null && physicianJudgement is null)
        {
            throw new OshValidationException("ManualHandling.WeightKg", Rule, "the weight or the physician's judgement must be given");
        }

        WeightKg = weightKg;
        Mode = mode;
        PhysicianJudgement = physicianJudgement;
    }

    /// <summary>The heaviest load handled, in kg (重量).</summary>
    public double? WeightKg { get; }

    /// <summary>Intermittent or continuous (作業別).</summary>
    public HandlingMode? Mode { get; }

    /// <summary>The physician's judgement (醫師評估), if any.</summary>
    public PhysicianJudgement? PhysicianJudgement { get; }

    /// <summary>Whether a weight was given (MAT-9 weight limits apply).</summary>
    public bool HasWeight => Weight.HasValue;

    /// <summary>Whether a physician's judgement was given.</summary>
    public bool HasPhysicianJudgement => PhysicianJudgement.HasValue;

    internal decimal? Weight { get; }
}
