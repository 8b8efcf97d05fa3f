using System.Globalization;

namespace OshRules.Law;

/// <summary>Reads a date written either as ISO (<c>2023-06-21</c>) or as an ROC date (<c>112.06.21</c>). Pure and thread-safe.</summary>
public static class DateText
{
    /// <summary>Parses an ISO or ROC date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="field">The field name used in the error message.</param>
    /// <returns>The date.</returns>
    /// <exception cref="OshValidationException">Neither form fits.</exception>
    public static DateOnly Parse(string text, string field = "date")
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (s.Length == 10 && s[4] == '-' && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        try
        {
            return RocDate.Parse(s);
        }
        catch (OshValidationException e)
        {
            throw new OshValidationException(field, "ISO or ROC date", e.Problem + "; expected yyyy-MM-dd or an ROC date such as 112.06.21", e);
        }
    }
}
