using System.Globalization;
using System.Text;
using CsvHelper;

namespace OshRules.Samples.Roster;

/// <summary>
/// Reads a roster CSV: UTF-8 with or without BOM, or Big5 (cp950, what zh-TW Excel saves), CRLF or LF, quoted fields
/// with commas and line breaks. Every data row comes out either as a row or as an error with line and column:
/// rows read + rows rejected = data rows in the file.
/// </summary>
internal static class RosterReader
{
    static RosterReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static RosterFile Read(string path, string? encodingName = null)
    {
        var bytes = File.ReadAllBytes(path);
        return Read(bytes, encodingName);
    }

    public static RosterFile Read(byte[] bytes, string? encodingName = null)
    {
        var encoding = encodingName is null ? Detect(bytes) : ResolveEncoding(encodingName);
        var text = Decode(bytes, encoding, out var decodeError);
        var rows = new List<RosterRow>();
        var errors = new List<RosterError>();
        if (decodeError is not null)
        {
            errors.Add(new RosterError(1, "(file)", decodeError));
            return new RosterFile(rows, errors, encoding.WebName, DataRows: 1);
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = m => errors.Add(new RosterError((int)Math.Min(int.MaxValue, m.LineNumber), "(row)", "malformed quoting: " + m.Reason)),
            IncludeValuesInExceptions = false,
            SkipEmptyLines = true,
        };
        var dataRows = 0;
        try
        {
            using var csv = CsvReader.FromText(text, options);
            string[]? header = null;
            string[] missing = [];
            while (csv.Read())
            {
                if (header is null)
                {
                    header = csv.Headers.Select(c => c.Trim()).ToArray();
                    missing = RosterColumns.Required.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
                }

                dataRows++;
                var line = (int)Math.Min(int.MaxValue, csv.LineNumber);
                if (missing.Length > 0)
                {
                    errors.Add(new RosterError(line, missing[0], "the header lacks this required column"));
                    continue;
                }

                if (csv.FieldCount != header.Length)
                {
                    var column = csv.FieldCount < header.Length ? header[csv.FieldCount] : $"#{csv.FieldCount + 1}";
                    errors.Add(new RosterError(line, column, $"the row has {csv.FieldCount} cells where the header has {header.Length}"));
                    continue;
                }

                var cells = new Dictionary<string, string>(header.Length, StringComparer.OrdinalIgnoreCase);
                string? bad = null;
                for (var i = 0; i < header.Length; i++)
                {
                    var value = csv.GetString(i);
                    if (value.Contains('\uFFFD', StringComparison.Ordinal))
                    {
                        bad = header[i];
                        break;
                    }

                    cells[header[i]] = value;
                }

                if (bad is not null)
                {
                    errors.Add(new RosterError(line, bad, "the cell holds bytes that are not valid text in the file's encoding"));
                    continue;
                }

                rows.Add(new RosterRow(line, cells));
            }

            if (header is null && dataRows == 0 && errors.Count == 0)
            {
                errors.Add(new RosterError(1, "(header)", "the file has no data rows (a header row and at least one row are expected)"));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new RosterError(dataRows + 1, "(file)", "the file cannot be read as CSV: " + e.GetType().Name));
        }

        // Malformed records were skipped by the reader and reported above: they count as data rows too.
        dataRows = rows.Count + errors.Count;
        return new RosterFile(rows, errors, encoding.WebName, dataRows);
    }

    internal static Encoding ResolveEncoding(string name) => name.ToUpperInvariant() switch
    {
        "BIG5" or "CP950" => Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback),
        "UTF-8" or "UTF8" => new UTF8Encoding(false),
        _ => throw new ArgumentException($"Unknown encoding '{name}': use utf-8 or big5.", nameof(name)),
    };

    private static Encoding Detect(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(true);
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: zh-TW Excel saves CSV as Big5 (cp950).
            return ResolveEncoding("big5");
        }
    }

    private static string Decode(byte[] bytes, Encoding encoding, out string? error)
    {
        error = null;
        var span = bytes.AsSpan();
        if (encoding is UTF8Encoding && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var text = encoding is UTF8Encoding
            ? new UTF8Encoding(false, false).GetString(span)
            : encoding.GetString(span);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            error = "the file holds NUL bytes: it is not a text CSV file";
        }

        return text;
    }

}

/// <summary>What a roster file held: the rows read, the rows rejected with reasons, and the encoding used.</summary>
internal sealed record RosterFile(IReadOnlyList<RosterRow> Rows, IReadOnlyList<RosterError> Errors, string Encoding, int DataRows);
