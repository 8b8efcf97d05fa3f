using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-6: a noise measurement decides whether the work is noise work, 85 dBA or over (噪音作業).</summary>
[Name("HC-6 Noise work classification")]
[Description("勞工健康保護規則 附表一 ② (110.12.22): 8-hour TWA of 85 dBA or over.")]
[Tag(Families.HealthExams)]
public sealed class NoiseWorkClassificationRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        NoiseMeasurement measurement = default!;

        When()
            .Match(() => asOf)
            .Match(() => measurement);
        Then()
            .Yield(ctx => HealthExamCalculator.ClassifyNoise(measurement, asOf));
    }
}
