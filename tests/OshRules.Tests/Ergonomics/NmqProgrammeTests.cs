using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Law;
using static OshRules.Tests.Ergonomics.NmqSurveys;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqProgrammeTests
{
    [Theory, Trait("Rule", "NMQ-6")]
    [InlineData(2026, "2026-01-31", "2026-04-30", "2026-06-30")]
    [InlineData(2028, "2028-01-31", "2028-04-30", "2028-06-30")]
    public void Yearly_calendar_ends_in_January_April_and_June(int year, string analysis, string survey, string improvements)
    {
        var c = NmqCalculator.YearlyCalendar(year);

        Assert.Equal(DateOnly.Parse(analysis, System.Globalization.CultureInfo.InvariantCulture), c.ExistingCaseAnalysisDue);
        Assert.Equal(DateOnly.Parse(survey, System.Globalization.CultureInfo.InvariantCulture), c.ActiveSurveyDue);
        Assert.Equal(DateOnly.Parse(improvements, System.Globalization.CultureInfo.InvariantCulture), c.ImprovementsDue);
        Assert.Equal("計畫實施時程", Assert.Single(c.Basis).Note);
    }

    [Fact, Trait("Rule", "NMQ-6")]
    public void Calendar_before_the_programme_was_adopted_is_rejected()
    {
        Assert.Equal(2023, NmqCalculator.YearlyCalendar(2023).Year);
        var ex = Assert.Throws<OshValidationException>(() => NmqCalculator.YearlyCalendar(2022));

        Assert.Equal("year: must be between 2023 and 2199 (was 2022) (rule NMQ-6).", ex.Message);
    }

    [Theory, Trait("Rule", "NMQ-7")]
    [InlineData(99, false)]  // 未滿一百人: records or documents may stand in
    [InlineData(100, true)]  // 達一百人以上: written programme
    public void Written_programme_is_required_from_100_workers(int workers, bool expected)
    {
        Assert.Equal(expected, NmqCalculator.IsProgrammeRequiredInWriting(workers, new DateOnly(2026, 11, 23)));
    }

    [Theory, Trait("Rule", "NMQ-7")]
    [InlineData(99, ProgrammeForm.RecordsOrDocuments)]
    [InlineData(100, ProgrammeForm.WrittenProgramme)]
    public void Programme_duty_names_the_form_and_three_year_retention(int workers, ProgrammeForm expected)
    {
        var duty = NmqCalculator.ProgrammeDuty(new ErgonomicsEstablishment("SCHOOL", workers), AsOf);

        Assert.Equal(expected, duty.Form);
        Assert.Equal(CalendarPeriod.OfYears(3), duty.RecordRetention);
        Assert.Equal("SCHOOL", duty.SubjectId);
        Assert.Equal(
            ["職業安全衛生設施規則第324條之1第2項 (103.07.01 修正)", "職業安全衛生設施規則第324條之1第1項 (103.07.01 修正)"],
            duty.Basis.Select(c => c.ToChineseString()));
    }

    [Theory, Trait("Rule", "NMQ-7")]
    [InlineData("2024-03-15", "2027-03-15")]
    [InlineData("2024-02-29", "2027-02-28")] // no 29 February in 2027: the period ends on the last day of February
    public void Records_are_kept_three_years(string made, string keptThrough)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(DateOnly.Parse(keptThrough, inv), NmqCalculator.RecordsRetainedUntil(DateOnly.Parse(made, inv)));
    }

    [Fact, Trait("Rule", "NMQ-7")]
    public void Negative_worker_count_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => new ErgonomicsEstablishment("SCHOOL", -1));

        Assert.Equal("ErgonomicsEstablishment.WorkerCount: must be between 0 and 10000000 (was -1) (rule NMQ-7).", ex.Message);
        Assert.Equal("ErgonomicsEstablishment.WorkerCount", ex.Field);
    }

    [Fact, Trait("Rule", "NMQ-7")]
    public void Duty_before_article_324_1_took_effect_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            NmqCalculator.ProgrammeDuty(new ErgonomicsEstablishment("SCHOOL", 150), new EvaluationDate(new DateOnly(2014, 6, 30))));

        Assert.Equal("date: no value is in force before 2014-07-01 (rule Nmq.WrittenProgrammeWorkersAtLeast).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-6")]
    public void Establishment_calendar_is_the_one_of_the_evaluation_year()
    {
        var c = NmqCalculator.ProgrammeCalendar(new ErgonomicsEstablishment("SCHOOL", 120), AsOf);

        Assert.Equal("SCHOOL", c.SubjectId);
        Assert.Equal(NmqCalculator.YearlyCalendar(2026), c.Calendar);
        Assert.NotEmpty(c.Basis);
    }
}
