using System.Text;

namespace OshRules.Samples.Roster;

/// <summary>How the text of one record parsed.</summary>
internal enum CsvOutcome
{
    /// <summary>Every field was read.</summary>
    Complete,

    /// <summary>A quoted field is still open at the end of the text: the record may go on on the next line.</summary>
    OpenQuote,

    /// <summary>A quote where RFC 4180 allows none: inside an unquoted field, or text after a closing quote.</summary>
    Malformed,
}

/// <summary>
/// Splits the text of one CSV record (RFC 4180: comma separated, fields quoted with <c>"</c>, a quote inside a quoted
/// field doubled) into fields. Spaces before an opening quote or after a closing one are allowed; a line break inside
/// a quoted field is part of the field. Pure.
/// </summary>
internal static class CsvRecordParser
{
    /// <summary>Parses <paramref name="text"/> into <paramref name="fields"/> (cleared first).</summary>
    /// <param name="text">The record's text; the lines of a multi-line record joined by <c>\n</c>.</param>
    /// <param name="fields">Receives the fields read.</param>
    /// <param name="badField">For <see cref="CsvOutcome.Malformed"/>, the 0-based index of the field at fault.</param>
    /// <returns>The outcome.</returns>
    public static CsvOutcome Parse(string text, List<string> fields, out int badField)
    {
        fields.Clear();
        badField = -1;
        var i = 0;
        var cell = new StringBuilder();
        while (true)
        {
            var fieldStart = i;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && text[i] == '"')
            {
                cell.Clear();
                i++;
                while (true)
                {
                    var quote = text.IndexOf('"', i);
                    if (quote < 0)
                    {
                        return CsvOutcome.OpenQuote;
                    }

                    cell.Append(text, i, quote - i);
                    i = quote + 1;
                    if (i < text.Length && text[i] == '"')
                    {
                        cell.Append('"');
                        i++;
                        continue;
                    }

                    break;
                }

                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                fields.Add(cell.ToString());
                if (i == text.Length)
                {
                    return CsvOutcome.Complete;
                }

                if (text[i] != ',')
                {
                    badField = fields.Count - 1;
                    return CsvOutcome.Malformed;
                }

                i++;
                continue;
            }

            var comma = text.IndexOf(',', fieldStart);
            var stop = comma < 0 ? text.Length : comma;
            if (text.AsSpan(fieldStart, stop - fieldStart).Contains('"'))
            {
                badField = fields.Count;
                return CsvOutcome.Malformed;
            }

            fields.Add(text[fieldStart..stop]);
            if (comma < 0)
            {
                return CsvOutcome.Complete;
            }

            i = comma + 1;
        }
    }
}
