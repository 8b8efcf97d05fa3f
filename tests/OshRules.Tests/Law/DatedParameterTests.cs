using OshRules.Law;

namespace OshRules.Tests.Legal;

public sealed class DatedParameterTests
{
    private static readonly Citation Basis = new(LawName.MaternalHealthProtectionRules, 2);

    private static DatedParameter<int> Threshold() => new(
        "Test.Threshold",
        new DateOnly(2026, 11, 23),
        [
            new DatedValue<int>(new DateOnly(2015, 1, 1), 300, Basis),
            new DatedValue<int>(new DateOnly(2024, 7, 1), 50, Basis),
            new DatedValue<int>(new DateOnly(2021, 3, 1), 100, Basis),
        ],
        new PendingAmendment(new DateOnly(2028, 1, 1), "new text"));

    [Theory]
    [InlineData("2015-01-01", 300)]
    [InlineData("2021-02-28", 300)]
    [InlineData("2021-03-01", 100)]
    [InlineData("2024-06-30", 100)]
    [InlineData("2024-07-01", 50)]
    public void Look_up_returns_the_value_in_force_on_the_date(string date, int expected)
    {
        var answer = Threshold().At(DateOnly.Parse(date));
        Assert.Equal(expected, answer.Value);
        Assert.Same(Basis, answer.Citation);
        Assert.False(answer.IsBeyondEncodedVersion);
    }

    [Fact]
    public void Look_up_before_the_first_effective_date_is_an_error()
    {
        var e = Assert.Throws<OshValidationException>(() => Threshold().At(new DateOnly(2014, 12, 31)));
        Assert.Equal("date: no value is in force before 2015-01-01 (rule Test.Threshold).", e.Message);
    }

    [Theory]
    [InlineData("2027-12-31", false)]
    [InlineData("2028-01-01", true)]
    public void Look_up_on_or_after_a_pending_amendment_is_flagged(string date, bool flagged)
    {
        var answer = Threshold().At(DateOnly.Parse(date));
        Assert.Equal(50, answer.Value);
        Assert.Equal(flagged, answer.IsBeyondEncodedVersion);
    }

    [Fact]
    public void Two_values_on_the_same_day_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new DatedParameter<int>(
            "Dup",
            new DateOnly(2026, 1, 1),
            [new DatedValue<int>(new DateOnly(2020, 1, 1), 1, Basis), new DatedValue<int>(new DateOnly(2020, 1, 1), 2, Basis)]));
}
