using OshRules.HealthExams;
using OshRules.Law;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class RecordRetentionTests
{
    [Fact, Trait("Rule", "HC-8")]
    public void General_exam_records_are_kept_7_years()
    {
        var retention = HealthExamCalculator.Retention(General("2020-06-15"), AsOf("2026-11-23"));

        Assert.Equal(CalendarPeriod.OfYears(7), retention.Period);
        Assert.Equal(D("2027-06-15"), retention.RetainUntil);
        Assert.Equal(19, retention.Basis[0].Article);
    }

    [Theory, Trait("Rule", "HC-8")]
    [InlineData("2", 10)] // noise
    [InlineData("8.7", 10)] // n-hexane
    [InlineData("9.17", 10)] // manganese
    [InlineData("3", 30)] // ionizing radiation
    [InlineData("7", 30)] // dust
    [InlineData("8.4", 30)] // trichloroethylene
    [InlineData("8.5", 30)] // tetrachloroethylene
    [InlineData("9.1", 30)] // benzidine
    [InlineData("9.6", 30)] // α-naphthylamine
    [InlineData("9.12", 30)] // benzene
    [InlineData("9.13", 30)] // asbestos
    [InlineData("9.16", 30)] // cadmium
    [InlineData("12.2", 30)] // 1,3-butadiene
    [InlineData("12.3", 30)] // indium
    [InlineData("12.1", 10)] // 1-bromopropane
    public void Special_exam_records_are_kept_10_years_or_30_for_the_hazards_of_article_20(string code, int years)
    {
        var retention = HealthExamCalculator.Retention(Special("2020-06-15", SpecialHazard.Parse(code)), AsOf("2026-11-23"));

        Assert.Equal(CalendarPeriod.OfYears(years), retention.Period);
        Assert.Equal(years == 30 ? 20 : 19, retention.Basis[0].Article);
    }

    [Fact, Trait("Rule", "HC-8")]
    public void Article_20_lists_15_groups_two_whole_categories_and_19_agents()
    {
        var longTerm = Enum.GetValues<HazardAgent>().Where(a => a != HazardAgent.None).Count(a => HealthExamCalculator.IsLongTermRetentionHazard(SpecialHazard.Of(a)));
        var categories = new[] { HazardCategory.IonizingRadiation, HazardCategory.Dust }.Count(c => HealthExamCalculator.IsLongTermRetentionHazard(new SpecialHazard(c)));

        // 2 whole categories; the 13 chemical groups name 19 agents (the amines are six, TCE/PCE two).
        Assert.Equal(2, categories);
        Assert.Equal(19, longTerm);
    }
}
