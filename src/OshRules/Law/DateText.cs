using System.Globalization;

namespace OshRules.Law;

/// <summary>
/// Reads a date as zh-TW offices write it (日期文字): Gregorian with a four-digit year (<c>2023-06-21</c>,
/// <c>2023/6/21</c>, <c>2023年6月21日</c>) or an ROC date (<c>112.06.21</c>, <c>112/6/21</c>, <c>民國112年6月21日</c>).
/// Pure and thread-safe.
/// </summary>
/// <remarks>
/// The year decides the calendar: four digits are a Gregorian year, one to three digits an ROC year (read by
/// <see cref="RocDate"/>), and a leading 民國 always means an ROC year. So <c>2023/6/21</c> and <c>112/6/21</c> are
/// the same day, and no text is read in both calendars.
/// </remarks>
public static class DateText
{
    private const string Forms = "expected yyyy-MM-dd, yyyy/M/d, yyyy年M月d日 or an ROC date such as 112.06.21, 112/6/21 or 民國112年6月21日";

    /// <summary>Parses a Gregorian or ROC date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="field">The field name used in the error message.</param>
    /// <returns>The date.</returns>
    /// <exception cref="OshValidationException">No form fits, or the day does not exist; the message quotes the text and says why.</exception>
    public static DateOnly Parse(string text, string field = "date")
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (!s.StartsWith("民國", StringComparison.Ordinal) && LeadingDigits(s) == 4)
        {
            var error = TryGregorian(s, out var date);
            return error is null ? date : throw new OshValidationException(field, "Gregorian or ROC date", $"'{RocDate.Shorten(s)}' {error}; {Forms}");
        }

        try
        {
            return RocDate.Parse(s);
        }
        catch (OshValidationException e)
        {
            throw new OshValidationException(field, "Gregorian or ROC date", e.Problem + "; " + Forms, e);
        }
    }

    private static string? TryGregorian(string s, out DateOnly date)
    {
        date = default;
        string[] parts;
        if (s.Contains('年', StringComparison.Ordinal))
        {
            if (!s.EndsWith('日'))
            {
                return "is not of the form 2023年6月21日";
            }

            parts = s[..^1].Split('年', '月');
        }
        else
        {
            var separator = s[4];
            if (separator is not ('-' or '/' or '.'))
            {
                return "does not separate the year, the month and the day with -, / or .";
            }

            parts = s.Split(separator);
        }

        if (parts.Length != 3)
        {
            return "does not have a year, a month and a day";
        }

        if (!RocDate.TryNumber(parts[1], 2, out var month))
        {
            return "has a month that is not a number of 1 or 2 digits";
        }

        if (!RocDate.TryNumber(parts[2], 2, out var day))
        {
            return "has a day that is not a number of 1 or 2 digits";
        }

        var year = int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return "has year 0";
        }

        if (month is < 1 or > 12)
        {
            return $"has month {month}; months run from 1 to 12";
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has day {day}; {year:0000}-{month:00} has {days} days");
        }

        date = new DateOnly(year, month, day);
        return null;
    }

    private static int LeadingDigits(string s)
    {
        var n = 0;
        while (n < s.Length && s[n] is >= '0' and <= '9')
        {
            n++;
        }

        return n;
    }
}
