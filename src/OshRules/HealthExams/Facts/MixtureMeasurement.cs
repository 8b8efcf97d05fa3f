using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// The share of a chemical in a mixture a worker makes, handles or uses (混合物中化學物質之含量), in percent: by weight,
/// except benzene, by volume (苯為體積比). Immutable and thread-safe; validated on construction.
/// </summary>
public sealed record MixtureMeasurement
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="workerId">The worker exposed.</param>
    /// <param name="measuredOn">The day the share was established.</param>
    /// <param name="agent">The chemical; an agent of category 9 or 12.</param>
    /// <param name="sharePercent">Its share, 0–100 %, by weight or (benzene) by volume.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public MixtureMeasurement(string workerId, DateOnly measuredOn, HazardAgent agent, double sharePercent)
    {
        WorkerId = Guard.NotBlank(workerId, "MixtureMeasurement.WorkerId", "HC-6", 64);
        MeasuredOn = Guard.Plausible(measuredOn, "MixtureMeasurement.MeasuredOn", "HC-6");
        Agent = Guard.Defined(agent, "MixtureMeasurement.Agent", "HC-6");
        if (agent == HazardAgent.None || SpecialHazard.Of(agent).Category is not (HazardCategory.SpecifiedChemical or HazardCategory.Designated))
        {
            throw new OshValidationException("MixtureMeasurement.Agent", "HC-6", "only agents of categories 9 and 12 are classified by their share of a mixture");
        }

        SharePercent = Guard.FiniteNonNegative(sharePercent, "MixtureMeasurement.SharePercent", "HC-6");
        if (sharePercent > 100)
        {
            throw new OshValidationException("MixtureMeasurement.SharePercent", "HC-6", "must not exceed 100 %");
        }
    }

    /// <summary>The worker exposed (勞工編號).</summary>
    public string WorkerId { get; }

    /// <summary>
    /// The caller's key of this measurement (紀錄編號), optional: conclusions drawn from it alone carry it as their
    /// <c>SourceId</c>, and two records differing only by it are two facts (e.g. two workplaces measured alike).
    /// </summary>
    /// <exception cref="OshValidationException">Blank, or longer than 64 characters.</exception>
    public string? Id { get; init => field = value is null ? null : Guard.NotBlank(value, "MixtureMeasurement.Id", "HC-6", 64); }

    /// <summary>The day the share was established (測定日期).</summary>
    public DateOnly MeasuredOn { get; }

    /// <summary>The chemical (化學物質).</summary>
    public HazardAgent Agent { get; }

    /// <summary>The share in percent (含量百分比).</summary>
    public double SharePercent { get; }

    /// <summary>Whether the share is by volume (benzene) or by weight (體積比或重量比).</summary>
    public MixtureShareBasis ShareBasis => Agent == HazardAgent.Benzene ? MixtureShareBasis.ByVolume : MixtureShareBasis.ByWeight;

    /// <summary>Describes the record without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"MixtureMeasurement {{ WorkerId = <redacted>, Agent = {Agent}, SharePercent = {SharePercent} }}";
}
