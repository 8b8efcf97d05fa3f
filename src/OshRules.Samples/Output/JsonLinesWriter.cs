using OshRules.Evaluation.Json;
using OshRules.Samples.Evaluation;

namespace OshRules.Samples.Output;

/// <summary>
/// <c>--json</c>: one result per line (JSON Lines), each in the library's own format, which
/// <see cref="OshJson.DeserializeResult"/> reads back. A rejected row is a result that carries its error. Written as
/// the results come; nothing is kept.
/// </summary>
internal sealed class JsonLinesWriter(Stream output)
{
    /// <summary>
    /// Writes the rows' results in order; they are serialized in parallel, straight to UTF-8 (serializing takes most of
    /// a run's time).
    /// </summary>
    public void Add(IReadOnlyList<RowOutcome> rows)
    {
        var lines = new byte[rows.Count][];
        Parallel.For(0, rows.Count, i => lines[i] = OshJson.SerializeToUtf8Bytes(rows[i].Result));
        foreach (var line in lines)
        {
            output.Write(line);
            output.WriteByte((byte)'\n');
        }
    }
}
