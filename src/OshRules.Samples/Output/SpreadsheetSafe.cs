namespace OshRules.Samples.Output;

/// <summary>
/// Neutralises cells that a spreadsheet would run as a formula (CSV injection): a cell starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading apostrophe.
/// </summary>
internal static class SpreadsheetSafe
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
