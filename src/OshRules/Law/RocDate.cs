using System.Globalization;

namespace OshRules.Law;

/// <summary>
/// Dates of the Republic of China calendar (民國紀年): ROC year = Gregorian year − 1911, so 民國 112 年 = 2023.
/// Parses and formats <c>112.06.21</c>, <c>112/6/21</c> and <c>112年6月21日</c> (optionally prefixed 民國). Pure and thread-safe.
/// </summary>
public static class RocDate
{
    /// <summary>The difference between Gregorian and ROC years (1911).</summary>
    public const int YearOffset = 1911;

    /// <summary>Parses an ROC date.</summary>
    /// <param name="text">The text, e.g. <c>112.06.21</c>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="OshValidationException">The text is not a valid ROC date; the message says what is wrong.</exception>
    public static DateOnly Parse(string text) => Parse(text, out _);

    /// <summary>Parses an ROC date and reports the style it was written in.</summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The style found, for formatting back the same way.</param>
    /// <returns>The date.</returns>
    /// <exception cref="OshValidationException">The text is not a valid ROC date.</exception>
    public static DateOnly Parse(string text, out RocDateStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = TryParseCore(text, out var date, out style);
        return error is null ? date : throw new OshValidationException("ROC date", "ROC date (民國紀年)", $"'{Shorten(text)}' {error}");
    }

    /// <summary>Tries to parse an ROC date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when valid.</param>
    /// <returns>Whether the text was a valid ROC date.</returns>
    public static bool TryParse(string? text, out DateOnly date)
    {
        if (text is null)
        {
            date = default;
            return false;
        }

        return TryParseCore(text, out date, out _) is null;
    }

    /// <summary>Formats a date as an ROC date.</summary>
    /// <param name="date">The date; on or after 1912-01-01 (民國元年).</param>
    /// <param name="style">The style.</param>
    /// <returns>The text, e.g. <c>112.06.21</c>.</returns>
    public static string Format(DateOnly date, RocDateStyle style = RocDateStyle.Dotted)
    {
        var year = date.Year - YearOffset;
        if (year < 1)
        {
            throw new OshValidationException(nameof(date), "ROC date (民國紀年)", "dates before 1912-01-01 have no ROC year");
        }

        return style switch
        {
            RocDateStyle.Dotted => string.Create(CultureInfo.InvariantCulture, $"{year:000}.{date.Month:00}.{date.Day:00}"),
            RocDateStyle.Slashed => string.Create(CultureInfo.InvariantCulture, $"{year}/{date.Month}/{date.Day}"),
            RocDateStyle.Chinese => string.Create(CultureInfo.InvariantCulture, $"{year}年{date.Month}月{date.Day}日"),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown ROC date style."),
        };
    }

    private static string? TryParseCore(string text, out DateOnly date, out RocDateStyle style)
    {
        date = default;
        style = RocDateStyle.Dotted;
        var s = text.Trim();
        if (s.StartsWith("民國", StringComparison.Ordinal))
        {
            s = s[2..].TrimStart();
        }

        string[] parts;
        if (s.Contains('年', StringComparison.Ordinal))
        {
            style = RocDateStyle.Chinese;
            if (!s.EndsWith('日'))
            {
                return "is not of the form 112年6月21日";
            }

            parts = s[..^1].Split('年', '月');
        }
        else if (s.Contains('/', StringComparison.Ordinal))
        {
            style = RocDateStyle.Slashed;
            parts = s.Split('/');
        }
        else if (s.Contains('.', StringComparison.Ordinal))
        {
            style = RocDateStyle.Dotted;
            parts = s.Split('.');
        }
        else
        {
            return "is not an ROC date (expected 112.06.21, 112/6/21 or 112年6月21日)";
        }

        if (parts.Length != 3)
        {
            return "does not have a year, a month and a day";
        }

        if (!TryNumber(parts[0], 3, out var rocYear))
        {
            return "has a year that is not a number of 1 to 3 digits";
        }

        if (!TryNumber(parts[1], 2, out var month))
        {
            return "has a month that is not a number of 1 or 2 digits";
        }

        if (!TryNumber(parts[2], 2, out var day))
        {
            return "has a day that is not a number of 1 or 2 digits";
        }

        if (rocYear < 1)
        {
            return "has year 0; ROC years start at 1 (1912)";
        }

        if (month is < 1 or > 12)
        {
            return $"has month {month}; months run from 1 to 12";
        }

        var gregorianYear = rocYear + YearOffset;
        var days = DateTime.DaysInMonth(gregorianYear, month);
        if (day < 1 || day > days)
        {
            return $"has day {day}; month {month} of ROC year {rocYear} has {days} days";
        }

        date = new DateOnly(gregorianYear, month, day);
        return null;
    }

    /// <summary>Reads 1 to <paramref name="maxDigits"/> ASCII digits; anything else is not a number.</summary>
    internal static bool TryNumber(string s, int maxDigits, out int value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The first 40 characters of a text quoted in an error.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
