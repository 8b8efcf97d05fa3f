using OshRules.Evaluation.Json;
using OshRules.Samples.Evaluation;

namespace OshRules.Samples.Output;

/// <summary>
/// <c>--json</c>: one result per line (JSON Lines), each in the library's own format, which
/// <see cref="OshJson.DeserializeResult"/> reads back. A rejected row is a result that carries its error. Written as
/// the results come; nothing is kept.
/// </summary>
internal sealed class JsonLinesWriter(TextWriter writer)
{
    public void Add(RowOutcome row)
    {
        writer.Write(OshJson.Serialize(row.Result));
        writer.Write('\n');
    }
}
