using System.Text;

namespace OshRules.Samples.Roster;

/// <summary>One data row as read: its cells, or why it cannot be read.</summary>
internal sealed record RosterRecord(RosterRow? Row, RosterError? Error)
{
    public int Line => Row?.Line ?? Error!.Line;
}

/// <summary>
/// Reads a roster CSV as a stream of records, one buffer of the file in memory at a time. The file may be UTF-8 (with
/// or without a BOM) or Big5 (cp950, what zh-TW Excel saves), or mix the two line by line; line ends are CRLF or LF.
/// Every data row comes out once, as a row or as an error naming its line and column: rows read + rows rejected =
/// data rows of the file. Blank lines, and rows whose every cell is blank, are not data rows.
/// </summary>
/// <remarks>
/// A quoted cell may hold line breaks. A quote that is not closed where the row can end (by the end of the file, by
/// <see cref="MaxRecordLines"/> lines, or before text that cannot follow a closing quote) rejects the line it opens on,
/// and reading goes on with the next line: one stray quote costs its own row, never the rows after it.
/// </remarks>
internal sealed class RosterReader : IDisposable
{
    /// <summary>The most lines one record may span (a quoted cell with line breaks).</summary>
    public const int MaxRecordLines = 100;

    private readonly RosterLineSource source;
    private readonly long length;
    private readonly Text.Bilingual? fileError;
    private readonly Stack<PhysicalLine> pushedBack = new();
    private readonly List<string> fields = [];
    private bool started;

    private RosterReader(Stream stream, Encoding? forced, long length)
    {
        source = new RosterLineSource(stream, forced);
        this.length = length;
        fileError = ProbeFileKind(stream);
    }

    /// <summary>Data rows met so far (after the reading is done: all of them).</summary>
    public int DataRows { get; private set; }

    /// <summary>The encodings met: utf-8, big5, or both.</summary>
    public string EncodingName => (source.SawUtf8, source.SawBig5) switch
    {
        (true, true) => "utf-8 + big5",
        (false, true) => "big5",
        _ => "utf-8",
    };

    /// <summary>The share of the file read, 0–1 (0 when the length is unknown).</summary>
    public double Progress => length > 0 ? Math.Min(1.0, (double)source.BytesRead / length) : 0;

    /// <summary>Opens a file.</summary>
    /// <exception cref="ArgumentException">The encoding name is not utf-8 or big5.</exception>
    public static RosterReader Open(string path, string? encodingName = null)
    {
        var forced = encodingName is null ? null : ResolveEncoding(encodingName);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return new RosterReader(stream, forced, stream.Length);
    }

    /// <summary>Opens bytes held in memory.</summary>
    /// <exception cref="ArgumentException">The encoding name is not utf-8 or big5.</exception>
    public static RosterReader Open(byte[] bytes, string? encodingName = null) =>
        new(new MemoryStream(bytes, writable: false), encodingName is null ? null : ResolveEncoding(encodingName), bytes.Length);

    /// <summary>Reads a whole file into memory: for tests and small files; the sample itself streams.</summary>
    public static RosterFile Read(string path, string? encodingName = null)
    {
        using var reader = Open(path, encodingName);
        return reader.ReadAll();
    }

    /// <summary>Reads bytes into memory: for tests and small files; the sample itself streams.</summary>
    public static RosterFile Read(byte[] bytes, string? encodingName = null)
    {
        using var reader = Open(bytes, encodingName);
        return reader.ReadAll();
    }

    internal static Encoding ResolveEncoding(string name) => name.ToUpperInvariant() switch
    {
        "BIG5" or "CP950" => RosterLineSource.Big5,
        "UTF-8" or "UTF8" => new UTF8Encoding(false),
        _ => throw new ArgumentException($"Unknown encoding '{name}': use utf-8 or big5.", nameof(name)),
    };

    /// <summary>The data rows, in file order. Can be enumerated once.</summary>
    public IEnumerable<RosterRecord> Records()
    {
        if (started)
        {
            throw new InvalidOperationException("A roster is read once.");
        }

        started = true;
        return Read();
    }

    public void Dispose() => source.Dispose();

    private IEnumerable<RosterRecord> Read()
    {
        if (fileError is not null)
        {
            DataRows = 1;
            yield return new RosterRecord(null, new RosterError(1, "(file)", fileError.Value));
            yield break;
        }

        RosterHeader? header = null;
        var pending = new List<PhysicalLine>();
        while (true)
        {
            var more = NextLine(out var line);
            if (more && pending.Count == 0 && line.Problem == LineProblem.None && string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            RosterError? error;
            int first;
            if (!more)
            {
                if (pending.Count == 0)
                {
                    break;
                }

                (first, error) = RejectFirstLine(pending, RosterReasons.UnterminatedQuote);
            }
            else if (line.Problem == LineProblem.TooLong)
            {
                (first, error) = pending.Count == 0
                    ? (line.Number, new RosterError(line.Number, "(row)", RosterReasons.LineTooLong))
                    : RejectFirstLine(pending, RosterReasons.UnterminatedQuote, line);
            }
            else
            {
                pending.Add(line);
                if (!TryAssemble(pending, out first, out error))
                {
                    continue;
                }
            }

            pending.Clear();
            if (header is null)
            {
                header = error is null ? RosterHeader.From(fields) : RosterHeader.Unreadable(error);
                continue;
            }

            if (error is null && fields.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            DataRows++;
            yield return error is not null ? new RosterRecord(null, header.Name(error)) : Check(first, header);
        }
    }

    /// <summary>A row checked against the header: its cells, or why the header or the cell count rules it out.</summary>
    private RosterRecord Check(int line, RosterHeader header)
    {
        if (header.ProblemFor(line) is { } problem)
        {
            return new RosterRecord(null, problem);
        }

        if (fields.Count != header.Count)
        {
            var column = fields.Count < header.Count ? header.Names[fields.Count] : "#" + (header.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new RosterRecord(null, new RosterError(line, column, RosterReasons.CellCount(fields.Count, header.Count)));
        }

        return new RosterRecord(new RosterRow(line, fields.ToArray(), header), null);
    }

    /// <summary>
    /// Parses the pending lines as one record. False when a quoted cell goes on on the next line; otherwise the record's
    /// first line and, when it cannot be read, why (its fields are then in <see cref="fields"/>).
    /// </summary>
    private bool TryAssemble(List<PhysicalLine> pending, out int first, out RosterError? error)
    {
        var text = pending.Count == 1 ? pending[0].Text : string.Join('\n', pending.Select(p => p.Text));
        first = pending[0].Number;
        error = null;
        switch (CsvRecordParser.Parse(text, fields, out var bad))
        {
            case CsvOutcome.Complete:
                error = LineProblemOf(pending, first);
                return true;
            case CsvOutcome.OpenQuote when pending.Count < MaxRecordLines:
                return false;
            case CsvOutcome.Malformed when pending.Count == 1:
                error = new RosterError(first, "#" + (bad + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), RosterReasons.StrayQuote);
                fields.Clear();
                return true;
            default:
                (first, error) = RejectFirstLine(pending, RosterReasons.UnterminatedQuote);
                return true;
        }
    }

    /// <summary>Invalid bytes or a NUL in a record: the error names the first cell holding them.</summary>
    private RosterError? LineProblemOf(List<PhysicalLine> pending, int first)
    {
        var problem = pending.Select(p => p.Problem).FirstOrDefault(p => p != LineProblem.None);
        if (problem == LineProblem.None)
        {
            return null;
        }

        var mark = problem == LineProblem.Nul ? '\0' : '\uFFFD';
        var cell = fields.FindIndex(f => f.Contains(mark, StringComparison.Ordinal));
        fields.Clear();
        return new RosterError(first, "#" + (cell + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), problem == LineProblem.Nul ? RosterReasons.NulByte : RosterReasons.InvalidBytes);
    }

    /// <summary>Rejects the first pending line alone and puts the others back to be read again as rows of their own.</summary>
    private (int Line, RosterError Error) RejectFirstLine(List<PhysicalLine> pending, Text.Bilingual reason, PhysicalLine? alsoPushBack = null)
    {
        if (alsoPushBack is { } extra)
        {
            pushedBack.Push(extra);
        }

        for (var i = pending.Count - 1; i >= 1; i--)
        {
            pushedBack.Push(pending[i]);
        }

        fields.Clear();
        return (pending[0].Number, new RosterError(pending[0].Number, "(row)", reason));
    }

    private bool NextLine(out PhysicalLine line)
    {
        if (pushedBack.Count > 0)
        {
            line = pushedBack.Pop();
            return true;
        }

        return source.TryRead(out line);
    }

    private RosterFile ReadAll()
    {
        var rows = new List<RosterRow>();
        var errors = new List<RosterError>();
        foreach (var record in Records())
        {
            if (record.Row is { } row)
            {
                rows.Add(row);
            }
            else
            {
                errors.Add(record.Error!);
            }
        }

        return new RosterFile(rows, errors, EncodingName, DataRows);
    }

    /// <summary>A file that is not CSV text at all: UTF-16 (a byte order mark), or binary (NUL bytes near the start, e.g. an .xlsx).</summary>
    private static Text.Bilingual? ProbeFileKind(Stream stream)
    {
        var head = new byte[4096];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var span = head.AsSpan(0, n);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return RosterReasons.Utf16File;
        }

        return span.IndexOf((byte)0) >= 0 ? RosterReasons.BinaryFile : null;
    }
}

/// <summary>A roster read whole: rows, rejected rows, the encodings met and the count of data rows.</summary>
internal sealed record RosterFile(IReadOnlyList<RosterRow> Rows, IReadOnlyList<RosterError> Errors, string Encoding, int DataRows);
