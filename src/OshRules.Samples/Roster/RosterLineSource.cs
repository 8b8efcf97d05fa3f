using System.Text;
using System.Text.Unicode;

namespace OshRules.Samples.Roster;

/// <summary>What is wrong with a physical line before its cells are read.</summary>
internal enum LineProblem
{
    None,

    /// <summary>Bytes that are not text in the encoding (or, when detecting, in UTF-8 or Big5).</summary>
    InvalidBytes,

    /// <summary>A NUL byte: binary content, not text.</summary>
    Nul,

    /// <summary>Longer than <see cref="RosterLineSource.MaxLineBytes"/>; its text is dropped.</summary>
    TooLong,
}

/// <summary>One line of the file (line breaks are LF or CRLF), decoded, with its 1-based number.</summary>
internal readonly record struct PhysicalLine(int Number, string Text, LineProblem Problem);

/// <summary>
/// Reads a roster file line by line, holding one buffer of the file at a time. Each line is decoded on its own: as the
/// encoding asked for, or, when detecting, as UTF-8 when its bytes are UTF-8 and as Big5 (cp950, what zh-TW Excel
/// saves) otherwise, so a file that mixes rows pasted from both keeps every row readable.
/// </summary>
/// <remarks>
/// CSV's structural bytes (comma, quote, CR, LF) never occur inside a UTF-8 or Big5 character, so lines can be split
/// before they are decoded.
/// </remarks>
internal sealed class RosterLineSource : IDisposable
{
    /// <summary>The longest line read (1 MiB); a longer one is skipped and reported, so no line can exhaust memory.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int ChunkBytes = 64 * 1024;

    private static readonly Encoding Utf8Lenient = new UTF8Encoding(false, false);

    private readonly Stream stream;
    private readonly Encoding? forced;
    private byte[] buffer = new byte[ChunkBytes];
    private int start;
    private int end;
    private bool eof;
    private int number;

    static RosterLineSource()
    {
        // Big5 comes from the code-pages provider, which must be registered before it is asked for.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Big5 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    /// <param name="stream">The file's bytes.</param>
    /// <param name="forced">The encoding to use; null to detect per line.</param>
    public RosterLineSource(Stream stream, Encoding? forced)
    {
        this.stream = stream;
        this.forced = forced;
    }

    /// <summary>Big5 (cp950) that marks invalid bytes with U+FFFD instead of throwing.</summary>
    public static Encoding Big5 { get; }

    /// <summary>Bytes consumed so far, for progress.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Whether a line with non-ASCII text was read as UTF-8.</summary>
    public bool SawUtf8 { get; private set; }

    /// <summary>Whether a line was read as Big5.</summary>
    public bool SawBig5 { get; private set; }

    public bool TryRead(out PhysicalLine line)
    {
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                line = Decode(buffer.AsSpan(start, newline - start));
                BytesRead += newline + 1 - start;
                start = newline + 1;
                return true;
            }

            if (eof)
            {
                if (end > start)
                {
                    line = Decode(buffer.AsSpan(start, end - start));
                    BytesRead += end - start;
                    start = end;
                    return true;
                }

                line = default;
                return false;
            }

            if (end - start >= MaxLineBytes)
            {
                line = SkipLongLine();
                return true;
            }

            Fill();
        }
    }

    public void Dispose() => stream.Dispose();

    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxLineBytes + ChunkBytes));
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
        }

        end += read;
    }

    private PhysicalLine SkipLongLine()
    {
        number++;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                BytesRead += newline + 1 - start;
                start = newline + 1;
                return new PhysicalLine(number, string.Empty, LineProblem.TooLong);
            }

            BytesRead += end - start;
            start = end = 0;
            Fill();
            if (eof && end == 0)
            {
                return new PhysicalLine(number, string.Empty, LineProblem.TooLong);
            }
        }
    }

    private PhysicalLine Decode(ReadOnlySpan<byte> bytes)
    {
        number++;
        if (number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        var problem = bytes.IndexOf((byte)0) >= 0 ? LineProblem.Nul : LineProblem.None;
        string text;
        var invalid = false;
        if (forced is not null && forced is not UTF8Encoding)
        {
            text = forced.GetString(bytes);
            invalid = text.Contains('\uFFFD', StringComparison.Ordinal);
            SawBig5 = true;
        }
        else if (System.Text.Ascii.IsValid(bytes))
        {
            text = Encoding.ASCII.GetString(bytes);
        }
        else if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
            SawUtf8 = true;
        }
        else if (forced is null && Big5.GetString(bytes) is var big5 && !big5.Contains('\uFFFD', StringComparison.Ordinal))
        {
            text = big5;
            SawBig5 = true;
        }
        else
        {
            text = Utf8Lenient.GetString(bytes);
            invalid = true;
        }

        if (invalid && problem == LineProblem.None)
        {
            problem = LineProblem.InvalidBytes;
        }

        return new PhysicalLine(number, text, problem);
    }
}
