using OshRules.Evaluation;
using OshRules.Law;
using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

/// <summary>MAT-18 through the facade: an establishment fact yields the programme duty with the threshold of its day.</summary>
public sealed class MaternalProgrammeDutyTests
{
    // The thresholds of 2021 come before the other families' texts: the maternal rules only.
    private static readonly OshRuleSet Rules = Evaluation.FamilyRuleSets.Of(Common.Families.MaternalProtection);

    [Theory, Trait("Rule", "MAT-18")]
    [InlineData("2021-02-28", 299, false, 300)] // 300 workers or more (以上) before 2021-03-01
    [InlineData("2021-02-28", 300, true, 300)]
    [InlineData("2021-03-01", 99, false, 100)] // 100 from 2021-03-01
    [InlineData("2021-03-01", 100, true, 100)]
    [InlineData("2024-06-30", 99, false, 100)]
    [InlineData("2024-06-30", 100, true, 100)]
    [InlineData("2024-07-01", 49, false, 50)] // 50 from 2024-07-01
    [InlineData("2024-07-01", 50, true, 50)]
    public void The_duty_takes_the_threshold_in_force_on_the_evaluation_date(string asOf, int workers, bool required, int threshold)
    {
        var result = Rules.Evaluate(D(asOf), [new MaternalEstablishment("SCHOOL", workers)]);

        var duty = Assert.Single(result.All<MaternalProgrammeDuty>());

        Assert.Equal(("SCHOOL", D(asOf), workers, threshold, required), (duty.SubjectId, duty.Date, duty.Workforce, duty.Threshold.Value, duty.IsRequired));
        var citation = Assert.Single(duty.Basis);
        Assert.Equal((5, 3), (citation.Article, citation.Paragraph));
        Assert.Equal(duty.Threshold.EffectiveFrom, citation.Version!.Value.EffectiveFrom);
        Assert.Equal("MAT-18", result.ExplanationOf(duty).RuleId);
    }

    [Theory, Trait("Rule", "MAT-18")]
    [InlineData("2021-02-28", false)] // counted under the 300 threshold
    [InlineData("2021-03-01", true)] // counted under the 100 threshold
    public void A_count_date_decides_the_day_of_the_duty(string countedOn, bool required)
    {
        var result = Rules.Evaluate(D("2026-12-03"), [new MaternalEstablishment("SCHOOL", 120) { CountedOn = D(countedOn) }]);

        var duty = Assert.Single(result.All<MaternalProgrammeDuty>());

        Assert.Equal((D(countedOn), required), (duty.Date, duty.IsRequired));
        Assert.Equal(required ? "女性勞工母性健康保護實施辦法第5條第3項 (109.09.16 修正)" : "女性勞工母性健康保護實施辦法第5條第3項 (103.12.30 修正)", duty.Basis[0].ToChineseString());
    }

    [Fact, Trait("Rule", "MAT-18")]
    public void Two_records_of_one_establishment_are_refused()
    {
        var result = Rules.EvaluateMany(D("2026-12-03"), [OshCase.Of("twice", [new MaternalEstablishment("SCHOOL", 60), new MaternalEstablishment("SCHOOL", 70)])]).Single();

        Assert.Equal("MaternalEstablishment.Id: must be unique: one record per establishment (rule MAT-18).", result.Error!.Message);
    }

    [Fact, Trait("Rule", "MAT-18")]
    public void A_count_date_after_the_evaluation_date_is_refused() =>
        Assert.Equal(
            "MaternalEstablishment.CountedOn: must not be after the evaluation date (rule MAT-18).",
            Assert.Throws<OshValidationException>(() => Rules.Evaluate(D("2026-12-03"), [new MaternalEstablishment("SCHOOL", 60) { CountedOn = D("2026-12-04") }])).Message);
}
