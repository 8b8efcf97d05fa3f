using OshRules.Law;

namespace OshRules.Tests.Legal;

public sealed class CivilCodeTests
{
    [Theory, Trait("Rule", "Civil Code §124")]
    [InlineData("1961-11-23", "2026-11-22", 64)] // the day before the 65th birthday
    [InlineData("1961-11-23", "2026-11-23", 65)] // the 65th birthday
    [InlineData("1986-11-23", "2026-11-22", 39)]
    [InlineData("1986-11-23", "2026-11-23", 40)]
    [InlineData("2000-01-01", "2000-01-01", 0)]
    [InlineData("2000-12-31", "2001-12-30", 0)]
    [InlineData("2000-12-31", "2001-12-31", 1)]
    public void Age_goes_up_on_the_anniversary_of_birth(string birth, string on, int expected) =>
        Assert.Equal(expected, CivilCode.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(on)));

    [Theory, Trait("Rule", "Civil Code §121 II")]
    [InlineData("2026-02-28", 25)] // common year: still 25 on 28 February
    [InlineData("2026-03-01", 26)] // turns 26 on 1 March, not on 28 February
    [InlineData("2028-02-28", 27)]
    [InlineData("2028-02-29", 28)] // leap year: the corresponding day exists
    public void A_person_born_on_29_February_turns_a_year_older_on_1_March_in_a_common_year(string on, int expected) =>
        Assert.Equal(expected, CivilCode.AgeOn(new DateOnly(2000, 2, 29), DateOnly.Parse(on)));

    [Fact, Trait("Rule", "Civil Code §121 II")]
    public void Day_reaching_age_for_a_29_February_birth_is_1_March_in_a_common_year()
    {
        Assert.Equal(new DateOnly(2001, 3, 1), CivilCode.DayReachingAge(new DateOnly(2000, 2, 29), 1));
        Assert.Equal(new DateOnly(2004, 2, 29), CivilCode.DayReachingAge(new DateOnly(2000, 2, 29), 4));
    }

    [Fact]
    public void Age_before_birth_is_rejected_naming_the_field()
    {
        var e = Assert.Throws<OshValidationException>(() => CivilCode.AgeOn(new DateOnly(2000, 1, 2), new DateOnly(2000, 1, 1)));
        Assert.Equal("date: must not be before the birth date (rule 民法 §124).", e.Message);
        Assert.Equal("date", e.Field);
    }

    [Theory, Trait("Rule", "Civil Code §121")]
    [InlineData("2023-06-16", 1, 0, "2024-06-15")] // ends the day before the corresponding day
    [InlineData("2023-03-01", 1, 0, "2024-02-29")] // corresponding day 1 March → ends on leap day
    [InlineData("2024-02-29", 1, 0, "2025-02-28")] // no corresponding day → last day of February
    [InlineData("2023-01-31", 0, 1, "2023-02-28")] // no 31 February → last day of February
    [InlineData("2023-01-30", 0, 1, "2023-02-28")]
    [InlineData("2023-01-15", 0, 6, "2023-07-14")]
    public void A_period_ends_on_the_day_before_the_corresponding_day(string first, int years, int months, string end)
    {
        var period = years > 0 ? CalendarPeriod.OfYears(years) : CalendarPeriod.OfMonths(months);
        Assert.Equal(DateOnly.Parse(end), CivilCode.PeriodEnd(DateOnly.Parse(first), period));
    }

    [Theory, Trait("Rule", "Civil Code §120 II")]
    [InlineData("2023-06-15", "2024-06-15")] // event day not counted → ends on the anniversary
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2023-02-28", "2024-02-29")] // period starts 1 March 2023 → ends the day before 1 March 2024
    public void A_period_after_an_event_does_not_count_the_event_day(string eventDay, string end) =>
        Assert.Equal(DateOnly.Parse(end), CivilCode.PeriodEndAfter(DateOnly.Parse(eventDay), CalendarPeriod.OfYears(1)));

    [Theory, Trait("Rule", "Civil Code §120–121")]
    [InlineData("2026-06-10", true)]  // the last day of 一年內
    [InlineData("2026-06-11", false)] // the day after
    [InlineData("2025-06-10", true)]  // the delivery day itself
    public void Within_one_year_after_delivery_includes_the_anniversary(string on, bool expected) =>
        Assert.Equal(expected, CivilCode.IsWithinPeriodAfter(new DateOnly(2025, 6, 10), CalendarPeriod.OfYears(1), DateOnly.Parse(on)));

    [Theory, Trait("Rule", "Civil Code §120–121")]
    [InlineData("2025-12-10", true)]  // the last day of the six months: still 未滿六個月
    [InlineData("2025-12-11", false)] // six months completed
    public void Under_six_months_after_delivery_ends_with_the_six_month_anniversary(string on, bool expected) =>
        Assert.Equal(expected, CivilCode.IsWithinPeriodAfter(new DateOnly(2025, 6, 10), CalendarPeriod.OfMonths(6), DateOnly.Parse(on)));

    [Fact]
    public void A_period_of_zero_length_is_rejected()
    {
        var e = Assert.Throws<OshValidationException>(() => CalendarPeriod.OfYears(0));
        Assert.Equal("CalendarPeriod: a period must be a positive number of years or months (rule 民法 §121).", e.Message);
    }
}
