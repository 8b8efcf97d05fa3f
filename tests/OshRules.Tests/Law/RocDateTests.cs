using OshRules.Law;

namespace OshRules.Tests.Legal;

public sealed class RocDateTests
{
    [Theory, Trait("Rule", "ROC date")]
    [InlineData("112.06.21", RocDateStyle.Dotted)]
    [InlineData("112/6/21", RocDateStyle.Slashed)]
    [InlineData("112年6月21日", RocDateStyle.Chinese)]
    [InlineData("民國112年6月21日", RocDateStyle.Chinese)]
    [InlineData(" 112.6.21 ", RocDateStyle.Dotted)]
    public void ROC_year_112_is_2023(string text, RocDateStyle style)
    {
        Assert.Equal(new DateOnly(2023, 6, 21), RocDate.Parse(text, out var found));
        Assert.Equal(style, found);
    }

    [Theory]
    [InlineData(RocDateStyle.Dotted, "112.06.21")]
    [InlineData(RocDateStyle.Slashed, "112/6/21")]
    [InlineData(RocDateStyle.Chinese, "112年6月21日")]
    public void Formats_back_in_the_same_style(RocDateStyle style, string expected) =>
        Assert.Equal(expected, RocDate.Format(new DateOnly(2023, 6, 21), style));

    [Theory]
    [InlineData("112.13.01", "ROC date: '112.13.01' has month 13; months run from 1 to 12 (rule ROC date (民國紀年)).")]
    [InlineData("112.06.31", "ROC date: '112.06.31' has day 31; month 6 of ROC year 112 has 30 days (rule ROC date (民國紀年)).")]
    [InlineData("0.01.01", "ROC date: '0.01.01' has year 0; ROC years start at 1 (1912) (rule ROC date (民國紀年)).")]
    [InlineData("garbage", "ROC date: 'garbage' is not an ROC date (expected 112.06.21, 112/6/21 or 112年6月21日) (rule ROC date (民國紀年)).")]
    [InlineData("112.6", "ROC date: '112.6' does not have a year, a month and a day (rule ROC date (民國紀年)).")]
    [InlineData("113.02.30", "ROC date: '113.02.30' has day 30; month 2 of ROC year 113 has 29 days (rule ROC date (民國紀年)).")]
    [InlineData("1a2.01.01", "ROC date: '1a2.01.01' has a year that is not a number of 1 to 3 digits (rule ROC date (民國紀年)).")]
    public void Invalid_ROC_dates_are_rejected_with_the_input_and_the_reason(string text, string message)
    {
        var e = Assert.Throws<OshValidationException>(() => RocDate.Parse(text));
        Assert.Equal(message, e.Message);
        Assert.False(RocDate.TryParse(text, out _));
    }

    [Fact]
    public void Leap_day_of_ROC_113_parses() => Assert.Equal(new DateOnly(2024, 2, 29), RocDate.Parse("113.02.29"));

    [Fact]
    public void Dates_before_the_ROC_era_cannot_be_formatted() =>
        Assert.Throws<OshValidationException>(() => RocDate.Format(new DateOnly(1911, 12, 31)));

    [Theory]
    [InlineData("2023-06-21")]
    [InlineData("2023-6-21")]
    [InlineData("2023/6/21")]
    [InlineData("2023/06/21")]
    [InlineData("2023.06.21")]
    [InlineData("2023年6月21日")]
    [InlineData("112.06.21")]
    [InlineData("112/6/21")]
    [InlineData("112年6月21日")]
    [InlineData("民國112年6月21日")]
    [InlineData(" 2023/6/21 ")]
    public void DateText_reads_Gregorian_and_ROC_as_zh_TW_spreadsheets_write_them(string text) => Assert.Equal(new DateOnly(2023, 6, 21), DateText.Parse(text));

    [Theory]
    [InlineData("115.1.2", 2026)]
    [InlineData("115/1/2", 2026)]
    [InlineData("民國115年1月2日", 2026)]
    [InlineData("1980/1/2", 1980)]
    [InlineData("1980年1月2日", 1980)]
    [InlineData("69.1.2", 1980)]
    public void DateText_takes_four_digit_years_as_Gregorian_and_shorter_ones_as_ROC(string text, int year) =>
        Assert.Equal(new DateOnly(year, 1, 2), DateText.Parse(text));

    [Theory]
    [InlineData("2023-13-01", "d: '2023-13-01' has month 13; months run from 1 to 12; ")]
    [InlineData("2023/2/29", "d: '2023/2/29' has day 29; 2023-02 has 28 days; ")]
    [InlineData("2023年2月1", "d: '2023年2月1' is not of the form 2023年6月21日; ")]
    [InlineData("2023_02_01", "d: '2023_02_01' does not separate the year, the month and the day with -, / or .; ")]
    [InlineData("2023-02", "d: '2023-02' does not have a year, a month and a day; ")]
    [InlineData("2023-2-1x", "d: '2023-2-1x' has a day that is not a number of 1 or 2 digits; ")]
    [InlineData("民國2023年1月1日", "d: '民國2023年1月1日' has a year that is not a number of 1 to 3 digits; ")]
    [InlineData("11201.01", "d: '11201.01' does not have a year, a month and a day; ")]
    public void DateText_says_what_is_wrong_and_which_forms_it_reads(string text, string start)
    {
        var e = Assert.Throws<OshValidationException>(() => DateText.Parse(text, "d"));
        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
        Assert.EndsWith("expected yyyy-MM-dd, yyyy/M/d, yyyy年M月d日 or an ROC date such as 112.06.21, 112/6/21 or 民國112年6月21日 (rule Gregorian or ROC date).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateText_names_the_field_in_its_error()
    {
        var e = Assert.Throws<OshValidationException>(() => DateText.Parse("2023-13-01", "BirthDate"));
        Assert.Equal("BirthDate", e.Field);
        Assert.StartsWith("BirthDate: '2023-13-01' ", e.Message, StringComparison.Ordinal);
    }
}
