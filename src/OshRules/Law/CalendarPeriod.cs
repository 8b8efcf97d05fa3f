using System.Text.Json.Serialization;

namespace OshRules.Law;

/// <summary>
/// A period counted in calendar years and months (以年或月定期間), such as 每三年 or 產後未滿六個月.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Arithmetic on these periods follows the Civil Code (民法 §120–§121), through <see cref="CivilCode"/>;
/// a period is never turned into a number of days.
/// </remarks>
public readonly record struct CalendarPeriod
{
    /// <summary>Creates the period of <see cref="OfYears"/> or <see cref="OfMonths"/>; JSON is read through it.</summary>
    [JsonConstructor]
    internal CalendarPeriod(int years = 0, int months = 0)
    {
        if (years < 0 || months < 0 || (years == 0 && months == 0))
        {
            throw new OshValidationException(nameof(CalendarPeriod), "民法 §121", "a period must be a positive number of years or months");
        }

        if (years > 0 && months > 0)
        {
            throw new OshValidationException(nameof(CalendarPeriod), "民法 §121", "a period must be whole years or whole months");
        }

        Years = years;
        Months = months;
    }

    /// <summary>Whole years of the period (年).</summary>
    public int Years { get; }

    /// <summary>Further months of the period (月).</summary>
    public int Months { get; }

    /// <summary>The period in months.</summary>
    [JsonIgnore]
    public int TotalMonths => checked((Years * 12) + Months);

    /// <summary>A period of <paramref name="years"/> years.</summary>
    /// <param name="years">Number of years, at least 1.</param>
    /// <returns>The period.</returns>
    public static CalendarPeriod OfYears(int years) => new(years, 0);

    /// <summary>A period of <paramref name="months"/> months.</summary>
    /// <param name="months">Number of months, at least 1.</param>
    /// <returns>The period.</returns>
    public static CalendarPeriod OfMonths(int months) => new(0, months);

    /// <summary>Formats as "3 years" or "6 months".</summary>
    /// <returns>The English description.</returns>
    public override string ToString() => (Years, Months) switch
    {
        (_, 0) => Years == 1 ? "1 year" : $"{Years} years",
        (0, _) => Months == 1 ? "1 month" : $"{Months} months",
        _ => $"{Years} y {Months} m",
    };

    /// <summary>Formats in Chinese, e.g. 3年 or 6個月.</summary>
    /// <returns>The Chinese description.</returns>
    public string ToChineseString() => (Years, Months) switch
    {
        (_, 0) => $"{Years}年",
        (0, _) => $"{Months}個月",
        _ => $"{Years}年{Months}個月",
    };
}
