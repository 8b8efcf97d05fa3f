using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-6: a chemical's share of a mixture decides whether the work is special hazardous work (特定化學物質作業).</summary>
[Name("HC-6 Mixture work classification")]
[Description("勞工健康保護規則 附表一 ⑨ and ⑫ (110.12.22): over 1 % (benzene by volume) and over 5 %.")]
[Tag(Families.HealthExams)]
public sealed class MixtureWorkClassificationRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MixtureMeasurement measurement = default!;

        When()
            .Match(() => asOf)
            .Match(() => measurement);
        Then()
            .Yield(ctx => HealthExamCalculator.ClassifyMixture(measurement, asOf));
    }
}
