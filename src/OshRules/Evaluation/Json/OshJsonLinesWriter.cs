using System.Buffers;
using System.Text.Json;

namespace OshRules.Evaluation.Json;

/// <summary>
/// Writes results as a result-lines file (逐行評估結果檔): JSON Lines whose first line is a header, then one line per
/// result, in the order written. The citations, amendment notices, rule texts and settings that results repeat are
/// written once, each on a definition line (<c>{"define":"citation","id":3,"value":{…}}</c>) before the first result
/// that uses it, and results refer to them by number; a result line is otherwise a result as
/// <see cref="OshJson.Serialize(OshResult, bool)"/> writes it, without the result's list of pending amendments (each
/// conclusion names its own notice; reading recomputes the list). <see cref="OshJson.ReadLines(Stream)"/> reads the file
/// back as it goes. Nothing but the definitions is kept, so a file of a million results is written in bounded memory.
/// </summary>
/// <remarks>
/// A result line is about a quarter of the size of the result's own document, because citations are its longest part and
/// a result repeats the same few. Not thread-safe: one caller writes at a time; <see cref="Write(IReadOnlyList{OshResult})"/>
/// serializes a batch on every core itself.
/// </remarks>
public sealed class OshJsonLinesWriter : IDisposable
{
    private static readonly byte[] LineBreak = [(byte)'\n'];

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? lineBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? lineWriter;

    private readonly Stream output;
    private readonly bool leaveOpen;
    private readonly LineDefinitions definitions = new();
    private readonly HashSet<int> written = [];
    private bool disposed;

    /// <summary>Starts a result-lines file: writes its header line to <paramref name="output"/>.</summary>
    /// <param name="output">Where the file is written (UTF-8, no byte order mark).</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves <paramref name="output"/> open.</param>
    public OshJsonLinesWriter(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(output));
        }

        this.output = output;
        this.leaveOpen = leaveOpen;
        output.Write(OshJson.LinesHeader());
        output.Write(LineBreak);
    }

    /// <summary>The number of results written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one result line, after the definitions it is the first to use.</summary>
    /// <param name="result">The result.</param>
    public void Write(OshResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Write([result]);
    }

    /// <summary>
    /// Writes results in order, one line each; they are serialized in parallel and written in the order given.
    /// </summary>
    /// <param name="results">The results.</param>
    public void Write(IReadOnlyList<OshResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ObjectDisposedException.ThrowIf(disposed, this);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is null)
            {
                throw new ArgumentException($"The result at index {i} is null.", nameof(results));
            }
        }

        var lines = new Line[results.Count];
        if (results.Count == 1)
        {
            lines[0] = Serialize(results[0]);
        }
        else
        {
            Parallel.For(0, results.Count, i => lines[i] = Serialize(results[i]));
        }

        try
        {
            foreach (var line in lines)
            {
                foreach (var number in line.Used)
                {
                    if (written.Add(number))
                    {
                        WriteDefinition(number);
                    }
                }

                output.Write(line.Json, 0, line.Length);
                output.Write(LineBreak);
                Count++;
            }
        }
        finally
        {
            foreach (var line in lines)
            {
                ArrayPool<byte>.Shared.Return(line.Json);
            }
        }
    }

    /// <summary>Flushes the stream.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        output.Flush();
    }

    /// <summary>Flushes the stream and, unless it was to be left open, disposes it.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (leaveOpen)
        {
            output.Flush();
        }
        else
        {
            output.Dispose();
        }
    }

    /// <summary>This thread's JSON writer, reset onto its emptied buffer (both made once per thread and reused).</summary>
    private static Utf8JsonWriter ThreadWriter(out ArrayBufferWriter<byte> buffer)
    {
        buffer = lineBuffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = lineWriter ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = OshJson.Options.Encoder, SkipValidation = true });
        writer.Reset(buffer);
        return writer;
    }

    /// <summary>Serializes a result line into a pooled array.</summary>
    private Line Serialize(OshResult result)
    {
        var writer = ThreadWriter(out var buffer);
        var used = new List<int>();
        OshJson.SerializeLine(writer, result, definitions, used);
        writer.Flush();
        var json = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
        buffer.WrittenSpan.CopyTo(json);
        return new Line(json, buffer.WrittenCount, used);
    }

    /// <summary>Writes a definition line, on the writing thread once the batch's lines are serialized (its buffer is free).</summary>
    private void WriteDefinition(int number)
    {
        var (kind, value) = definitions[number];
        var writer = ThreadWriter(out var buffer);
        OshJson.WriteDefinition(writer, number, kind, value);
        writer.Flush();
        output.Write(buffer.WrittenSpan);
        output.Write(LineBreak);
    }

    /// <summary>A serialized result line (the first <see cref="Length"/> bytes of a pooled array) and the definitions it uses.</summary>
    private readonly record struct Line(byte[] Json, int Length, List<int> Used);
}
