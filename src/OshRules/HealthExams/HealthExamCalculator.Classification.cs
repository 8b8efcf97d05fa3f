using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>HC-6: whether measured exposure makes work special hazardous (特別危害健康作業之認定).</summary>
public static partial class HealthExamCalculator
{
    /// <summary>HC-6: whether an 8-hour TWA is noise work, 附表一 ② (八十五分貝以上): 85.0 dBA or over, inclusive.</summary>
    /// <param name="eightHourTwaDba">The 8-hour TWA in dBA; finite, not negative.</param>
    /// <param name="lawDate">The day whose text applies.</param>
    /// <returns><see langword="true"/> at 85.0 dBA or over.</returns>
    public static bool IsNoiseWork(double eightHourTwaDba, DateOnly lawDate) =>
        Guard.FiniteNonNegative(eightHourTwaDba, "NoiseMeasurement.EightHourTwaDba", "HC-6") >= HealthExamParameters.NoiseTwaDbaOrOver.ValueAt(lawDate);

    /// <summary>
    /// HC-6: the share above which a mixture makes the work special hazardous (混合物之含量門檻): over 1 % for category 9
    /// (benzene by volume), over 5 % for category 12; both exclusive (超過).
    /// </summary>
    /// <param name="agent">An agent of category 9 or 12.</param>
    /// <param name="lawDate">The day whose text applies.</param>
    /// <returns>The threshold with its citation.</returns>
    /// <remarks>
    /// The beryllium-alloy proviso of 附表一 ⑨ (for beryllium alloys only a beryllium share over 3 % counts) is not encoded:
    /// a beryllium measurement is compared with 1 %. See the family README.
    /// </remarks>
    /// <exception cref="OshValidationException">The agent is not of category 9 or 12.</exception>
    public static ParameterValue<double> MixtureThreshold(HazardAgent agent, DateOnly lawDate) => SpecialHazard.Of(agent).Category switch
    {
        HazardCategory.SpecifiedChemical => HealthExamParameters.SpecifiedChemicalShareOverPercent.At(lawDate),
        HazardCategory.Designated => HealthExamParameters.DesignatedChemicalShareOverPercent.At(lawDate),
        _ => throw new OshValidationException("MixtureMeasurement.Agent", "HC-6", "only agents of categories 9 and 12 are classified by their share of a mixture"),
    };

    /// <summary>HC-6: whether a noise measurement makes the work noise work (噪音作業之認定).</summary>
    /// <param name="measurement">The measurement; not after the evaluation date.</param>
    /// <param name="asOf">The evaluation date; its text applies.</param>
    /// <returns>The classification with its citation.</returns>
    public static SpecialHazardClassification ClassifyNoise(NoiseMeasurement measurement, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(asOf);
        Guard.NotAfter(measurement.MeasuredOn, asOf.Date, "NoiseMeasurement.MeasuredOn", "the evaluation date", "HC-6");
        var threshold = HealthExamParameters.NoiseTwaDbaOrOver.At(asOf.Date);
        Citation[] basis = [threshold.Citation];
        return new SpecialHazardClassification(
            measurement.WorkerId, new SpecialHazard(HazardCategory.Noise), measurement.MeasuredOn, measurement.EightHourTwaDba, threshold.Value,
            ThresholdComparison.OrOver, measurement.EightHourTwaDba >= threshold.Value, HealthExamParameters.PendingFor(basis, asOf.Date), basis)
        {
            Source = measurement,
            SourceId = measurement.Id,
        };
    }

    /// <summary>
    /// HC-4/HC-6: the special hazardous work that measurements of one hazard imply (測定結果推定之特別危害健康作業), as the
    /// assignment a caller would otherwise insert by hand.
    /// </summary>
    /// <param name="classifications">The classifications of one worker's measurements of one hazard.</param>
    /// <returns>
    /// Null when there is none or the latest is under the threshold; otherwise an assignment to the hazard from the first
    /// day of the unbroken series of measurement days, ending with the latest, on which a measurement reached the
    /// threshold; open-ended (no <see cref="SpecialHazardAssignment.Until"/>).
    /// </returns>
    /// <remarks>
    /// <para>From when: the work is known to be special hazardous from the first measurement of that series; what came
    /// before it is not known from the measurements. A day with several measurements (two workplaces) counts as special
    /// hazardous when any of them reaches the threshold.</para>
    /// <para>Until when: the latest measurement stands until a newer one. A newer measurement under the threshold ends the
    /// work (the answer is null: no special exam follows from the measurements), as an assignment with an end does.</para>
    /// </remarks>
    /// <exception cref="OshValidationException">The list mixes workers or hazards.</exception>
    public static SpecialHazardAssignment? SpecialWorkFromMeasurements(IEnumerable<SpecialHazardClassification> classifications)
    {
        var list = Guard.NoNullElements(classifications, "classifications", "HC-4");
        if (list.Length == 0)
        {
            return null;
        }

        var first = list[0];
        foreach (var c in list)
        {
            if (!string.Equals(c.SubjectId, first.SubjectId, StringComparison.Ordinal))
            {
                throw new OshValidationException("SpecialHazardClassification.SubjectId", "HC-4", "the measurements must be of one worker");
            }

            if (c.Hazard != first.Hazard)
            {
                throw new OshValidationException("SpecialHazardClassification.Hazard", "HC-4", "the measurements must be of one hazard");
            }
        }

        var days = list.GroupBy(c => c.MeasuredOn)
            .Select(g => (Day: g.Key, Hazardous: g.Any(c => c.IsSpecialHazardous)))
            .OrderByDescending(d => d.Day)
            .ToList();
        if (!days[0].Hazardous)
        {
            return null;
        }

        var since = days.TakeWhile(d => d.Hazardous).Last().Day;
        return new SpecialHazardAssignment(first.SubjectId, first.Hazard, since);
    }

    /// <summary>HC-6: whether a mixture makes the work special hazardous work of category 9 or 12 (特定化學物質作業之認定).</summary>
    /// <param name="measurement">The measurement; not after the evaluation date.</param>
    /// <param name="asOf">The evaluation date; its text applies.</param>
    /// <returns>The classification with its citation.</returns>
    public static SpecialHazardClassification ClassifyMixture(MixtureMeasurement measurement, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(asOf);
        Guard.NotAfter(measurement.MeasuredOn, asOf.Date, "MixtureMeasurement.MeasuredOn", "the evaluation date", "HC-6");
        var threshold = MixtureThreshold(measurement.Agent, asOf.Date);
        Citation[] basis = [threshold.Citation];
        return new SpecialHazardClassification(
            measurement.WorkerId, SpecialHazard.Of(measurement.Agent), measurement.MeasuredOn, measurement.SharePercent, threshold.Value,
            ThresholdComparison.Over, measurement.SharePercent > threshold.Value, HealthExamParameters.PendingFor(basis, asOf.Date), basis)
        {
            Source = measurement,
            SourceId = measurement.Id,
        };
    }
}
