using OshRules.HealthExams;
using OshRules.Law;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class PeriodicGeneralExamTests
{
    [Theory, Trait("Rule", "HC-2")]
    [InlineData("1961-11-22", "2026-11-22", AgeBand.Age65OrOver)] // turns 65 that day
    [InlineData("1961-11-22", "2026-11-21", AgeBand.Age40ToUnder65)] // still 64 the day before
    [InlineData("1986-11-22", "2026-11-22", AgeBand.Age40ToUnder65)] // turns 40 that day
    [InlineData("1986-11-22", "2026-11-21", AgeBand.Under40)] // still 39 the day before
    [InlineData("1960-02-29", "2025-03-01", AgeBand.Age65OrOver)] // 29-February birth: 65 on 1 March of a common year
    [InlineData("1960-02-29", "2025-02-28", AgeBand.Age40ToUnder65)] // not yet 65 on 28 February
    public void Age_band_follows_the_civil_code_age_on_the_day(string birth, string date, AgeBand expected) =>
        Assert.Equal(expected, HealthExamCalculator.AgeBandOn(D(birth), D(date)));

    [Theory, Trait("Rule", "HC-2")]
    [InlineData("1961-11-22", 1, 1)] // 65 or over: every year, §17 I ①
    [InlineData("1961-11-23", 3, 2)] // still 64: every 3 years, §17 I ②
    [InlineData("1986-11-22", 3, 2)] // 40: every 3 years
    [InlineData("1986-11-23", 5, 3)] // still 39: every 5 years, §17 I ③
    public void Interval_on_2026_11_22_depends_on_the_age_band(string birth, int years, int item)
    {
        var interval = HealthExamCalculator.IntervalOn(D(birth), D("2026-11-22"));

        Assert.Equal(CalendarPeriod.OfYears(years), interval.Value);
        Assert.Equal(17, interval.Citation.Article);
        Assert.Equal(item, interval.Citation.Item);
        Assert.Equal(HealthExamParameters.Text110, interval.Citation.Version);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Last_exam_at_38_and_a_half_is_followed_by_one_at_41_and_a_half_not_43_and_a_half()
    {
        var worker = Worker("1980-01-10");
        var due = HealthExamCalculator.NextPeriodicGeneralExam(worker, [General("2018-07-10")], AsOf("2022-01-03"), HealthExamOptions.Default);

        Assert.Equal(D("2021-07-10"), due.DueDate);
        Assert.Equal(AgeBand.Age40ToUnder65, due.AgeBand);
        Assert.Equal(CalendarPeriod.OfYears(3), due.Interval);
        Assert.Equal(new ExamStatus(ExamStatusKind.Overdue, 177), due.Status);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Last_exam_at_63_is_due_again_on_the_65th_birthday_not_three_years_later()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1962-06-01"), [General("2025-06-01")], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D("2027-06-01"), due.DueDate);
        Assert.Equal(AgeBand.Age65OrOver, due.AgeBand);
        Assert.Equal(CalendarPeriod.OfYears(1), due.Interval);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Last_exam_at_37_is_due_on_the_40th_birthday_under_the_three_year_interval()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1988-05-05"), [General("2025-05-05")], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D("2028-05-05"), due.DueDate);
        Assert.Equal(AgeBand.Age40ToUnder65, due.AgeBand);
    }

    [Theory, Trait("Rule", "HC-3")]
    [InlineData("2026-11-21", "2029-11-21")] // last exam at 39, the day before the 40th birthday: the due day falls after 40, so 3 years
    [InlineData("2026-11-22", "2029-11-22")] // last exam on the 40th birthday: 3 years
    public void Last_exam_just_before_the_40th_birthday_gets_the_three_year_interval(string last, string expected)
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1986-11-22"), [General(last)], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D(expected), due.DueDate);
        Assert.Equal(AgeBand.Age40ToUnder65, due.AgeBand);
        Assert.Equal(CalendarPeriod.OfYears(3), due.Interval);
    }

    [Theory, Trait("Rule", "HC-3")]
    [InlineData("2025-11-21", "2026-11-22")] // last exam at 63 (the day before the 64th birthday): a year later the worker is still 64, so the first day meeting HC-3 is the 65th birthday
    [InlineData("2025-11-22", "2026-11-22")] // last exam on the 64th birthday: one year later is the 65th birthday
    [InlineData("2025-11-23", "2026-11-23")] // a day later: one year later
    public void Last_exam_around_the_64th_birthday_is_due_at_65_under_the_yearly_interval(string last, string expected)
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1961-11-22"), [General(last)], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D(expected), due.DueDate);
        Assert.Equal(AgeBand.Age65OrOver, due.AgeBand);
    }

    [Theory, Trait("Rule", "HC-3")]
    [InlineData("2020-11-21", "2025-11-21", AgeBand.Under40)] // +5 ends on 2025-11-21, the day before the 40th birthday: 5 years
    [InlineData("2020-11-22", "2025-11-22", AgeBand.Age40ToUnder65)] // +5 ends on the 40th birthday: that day, under the 3-year band
    [InlineData("2020-11-23", "2025-11-22", AgeBand.Age40ToUnder65)] // +5 would end after it: due on the 40th birthday
    public void Five_years_ending_on_either_side_of_the_40th_birthday(string last, string expected, AgeBand band)
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1985-11-22"), [General(last)], AsOf("2026-01-05"), HealthExamOptions.Default);

        Assert.Equal(D(expected), due.DueDate);
        Assert.Equal(band, due.AgeBand);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Worker_born_on_29_February_reaches_65_and_the_yearly_interval_on_1_March_of_a_common_year()
    {
        // Last exam at 63 on 2023-03-01; +3 would be 2026-03-01, but 65 is reached on 2025-03-01 (2025 is a common year).
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1960-02-29"), [General("2023-03-01")], AsOf("2025-01-06"), HealthExamOptions.Default);

        Assert.Equal(D("2025-03-01"), due.DueDate);
        Assert.Equal(AgeBand.Age65OrOver, due.AgeBand);
    }

    [Theory, Trait("Rule", "HC-3")]
    [InlineData("2024-02-28", "2025-02-28")] // the anniversary
    [InlineData("2024-02-29", "2025-02-28")] // an exam on 29 February: the year ends on the last day of February (民法 §121 II)
    [InlineData("2024-03-01", "2025-03-01")]
    public void Yearly_exam_after_an_exam_around_29_February(string last, string expected)
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1950-07-01"), [General(last)], AsOf("2024-11-23"), HealthExamOptions.Default);

        Assert.Equal(D(expected), due.DueDate);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Worker_with_no_general_exam_on_record_is_due_on_the_evaluation_date()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1970-04-04", "2001-09-01"), [], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Null(due.LastExam);
        Assert.Equal(D("2026-11-23"), due.DueDate);
        Assert.Equal(new ExamStatus(ExamStatusKind.DueSoon, 0), due.Status);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void The_hiring_exam_counts_as_the_last_general_exam()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(
            Worker("1990-06-30", "2024-03-01"), [Hiring("2024-02-15"), Special("2026-01-10", Noise)], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D("2024-02-15"), due.LastExam);
        Assert.Equal(D("2029-02-15"), due.DueDate);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Calendar_year_counting_moves_the_due_date_to_31_December()
    {
        var options = HealthExamOptions.Default with { Counting = DueDateCounting.CalendarYear };
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1995-03-15"), [General("2022-03-15")], AsOf("2026-11-23"), options);

        Assert.Equal(D("2027-12-31"), due.DueDate);
        Assert.Equal(DueDateCounting.CalendarYear, due.Options.Counting);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Day_exact_counting_is_the_default_and_is_recorded_in_the_result()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1995-03-15"), [General("2022-03-15")], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D("2027-03-15"), due.DueDate);
        Assert.Equal(DueDateCounting.DayExact, due.Options.Counting);
        Assert.Equal(PeriodicExamEligibility.FromHiring, due.Options.Eligibility);
        Assert.Equal(HealthExamParameters.Text110, due.RulesVersion);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void By_law_a_worker_hired_less_than_a_year_ago_with_no_exam_is_due_now()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01", "2026-06-01"), [], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D("2026-11-23"), due.DueDate);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void The_schools_one_year_of_service_option_defers_the_first_exam_to_the_first_anniversary_of_hiring()
    {
        var options = HealthExamOptions.Default with { Eligibility = PeriodicExamEligibility.AfterOneYearOfService };
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1990-01-01", "2026-06-01"), [], AsOf("2026-11-23"), options);

        Assert.Equal(D("2027-06-01"), due.DueDate);
        Assert.Equal(new ExamStatus(ExamStatusKind.NotYetDue, 190), due.Status);
        Assert.Equal(PeriodicExamEligibility.AfterOneYearOfService, due.Options.Eligibility);
    }

    [Theory, Trait("Rule", "HC-2")]
    [InlineData("2027-12-31", false)] // the 110.12.22 text of §17 still applies
    [InlineData("2028-01-01", true)] // the 115.06.26 text of §17 takes effect: flagged
    public void Evaluation_on_or_after_2028_01_01_is_flagged(string asOf, bool flagged)
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1995-03-15"), [General("2022-03-15")], AsOf(asOf), HealthExamOptions.Default);

        Assert.Equal(flagged, due.IsBeyondEncodedVersion);
        Assert.Equal(flagged ? HealthExamParameters.Pending2028 : null, due.PendingAmendment);
    }

    [Theory, Trait("Rule", "HC-2")]
    [InlineData("2022-12-31", "2027-12-31", false)] // due before the 2028 text
    [InlineData("2023-01-01", "2028-01-01", true)] // due on the first day of the 2028 text: flagged
    public void A_due_date_on_or_after_2028_01_01_is_flagged(string last, string expected, bool flagged)
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1995-03-15"), [General(last)], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(D(expected), due.DueDate);
        Assert.Equal(flagged, due.IsBeyondEncodedVersion);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void The_conclusion_cites_the_article_of_the_band_and_the_civil_code()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1955-01-01"), [General("2026-02-01")], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal("勞工健康保護規則第17條第1項第1款 (110.12.22 修正)", due.Basis[0].ToChineseString());
        Assert.Equal("民法", due.Basis[1].Law.Chinese);
        Assert.Equal(D("2027-02-01"), due.DueDate);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void ToString_does_not_reveal_the_worker()
    {
        var due = HealthExamCalculator.NextPeriodicGeneralExam(Worker("1955-01-01"), [General("2026-02-01")], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.DoesNotContain(WorkerId, due.ToString(), StringComparison.Ordinal);
    }
}
