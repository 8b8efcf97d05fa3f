using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.Law;

namespace OshRules.Tests.Evaluation;

/// <summary>Result-lines files: <see cref="OshJsonLinesWriter"/> and <see cref="OshJson.ReadLines(Stream)"/>.</summary>
public sealed class OshJsonLinesTests
{
    private static readonly Lazy<IReadOnlyList<OshResult>> Results = new(OshJsonTestData.Results);

    [Fact]
    public void Results_of_every_conclusion_type_read_back_equal_and_in_order()
    {
        var results = Many(20);

        var back = ReadBack(Write(results, batch: 7));

        Assert.Equal(results, back);
        Assert.Equal(results.Select(r => r.CaseId), back.Select(r => r.CaseId));
    }

    [Fact]
    public void Each_definition_is_written_once_before_the_first_line_that_refers_to_it()
    {
        // Serialized in parallel batches, numbered by whichever thread meets a value first: the order of the numbers is
        // arbitrary, the order of the lines is not.
        var lines = Lines(Write(Many(200), batch: 64));

        Assert.Equal("""{"format":"OshRules.ResultLines","version":1}""", lines[0]);
        var defined = new HashSet<(string Kind, int Id)>();
        var results = 0;
        foreach (var line in lines.Skip(1))
        {
            var json = JsonNode.Parse(line)!.AsObject();
            if (json["define"] is { } kind)
            {
                Assert.True(defined.Add(((string)kind!, (int)json["id"]!)), $"defined twice: {line[..60]}");
                continue;
            }

            results++;
            foreach (var reference in References(json))
            {
                Assert.Contains(reference, defined);
            }
        }

        Assert.Equal(200, results);
        Assert.Contains(defined, d => d.Kind == "citation");
        Assert.Contains(defined, d => d.Kind == "amendment");
        Assert.Contains(defined, d => d.Kind == "rule");
        Assert.Contains(defined, d => d.Kind == "settings");
    }

    [Fact]
    public void A_result_line_is_a_small_part_of_the_results_own_document()
    {
        var result = Results.Value[0];
        var document = OshJson.SerializeToUtf8Bytes(result).Length;

        var lines = Lines(Write(Enumerable.Repeat(result, 2).ToList(), batch: 1));
        var second = Encoding.UTF8.GetByteCount(lines[^1]); // the first line's definitions are written before it

        Assert.DoesNotContain("define", lines[^1], StringComparison.Ordinal);
        Assert.True(second * 3 < document, $"a line of {second} bytes against a document of {document}");
    }

    [Fact]
    public void Json_lines_of_whole_documents_are_read_as_before()
    {
        var results = Many(12);
        var text = string.Join("\n", results.Select(r => OshJson.Serialize(r))) + "\n";

        var back = OshJson.ReadLines(new StringReader(text)).ToList();

        Assert.Equal(results, back);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_a_file_of_only_the_header_holds_no_result()
    {
        var empty = Write([], batch: 1);
        var padded = "\n" + Encoding.UTF8.GetString(Write(Many(3), batch: 2)).Replace("\n", "\n\n", StringComparison.Ordinal);

        Assert.Empty(ReadBack(empty));
        Assert.Equal(Many(3), OshJson.ReadLines(new StringReader(padded)).ToList());
    }

    [Fact]
    public void A_reference_no_earlier_line_defines_is_refused_with_its_line_number()
    {
        var lines = Lines(Write(Many(1), batch: 1));
        var firstCitation = lines.FindIndex(l => l.StartsWith("""{"define":"citation""", StringComparison.Ordinal));
        lines.RemoveAt(firstCitation);

        var e = Assert.Throws<JsonException>(() => Read(lines));

        Assert.StartsWith($"Line {lines.Count}:", e.Message, StringComparison.Ordinal);
        Assert.Contains("which no earlier line defines", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_defined_twice_is_refused()
    {
        var lines = Lines(Write(Many(1), batch: 1));
        lines.Insert(2, lines[1]);

        var e = Assert.Throws<JsonException>(() => Read(lines));

        Assert.StartsWith("Line 3:", e.Message, StringComparison.Ordinal);
        Assert.Contains("defined twice", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"define":"statute","id":0,"value":{}}""", "not a kind of definition")]
    [InlineData("""{"define":"rule","id":-1,"value":{"name":"x"}}""", "id must be a number")]
    [InlineData("""{"define":"rule","id":0}""", "has no value")]
    [InlineData("""{"define":"rule","id":0,"value":null}""", "value is null")]
    [InlineData("""{"define":"rule","id":0,"value":{"name":"x"}""", "")]
    public void A_malformed_definition_is_refused_with_its_line_number(string definition, string problem)
    {
        var e = Assert.Throws<JsonException>(() => Read([Header(1), definition]));

        Assert.StartsWith("Line 2:", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_layout_is_refused_and_a_header_without_version_too()
    {
        Assert.Contains("layout 2", Assert.Throws<JsonException>(() => Read([Header(2)])).Message, StringComparison.Ordinal);
        Assert.Contains("no version", Assert.Throws<JsonException>(() => Read(["""{"format":"OshRules.ResultLines"}"""])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_library_refuses_names_its_line_and_field()
    {
        var lines = Lines(Write(Many(2), batch: 1));
        var last = JsonNode.Parse(lines[^1])!.AsObject();
        last["settings"] = JsonNode.Parse(lines.First(l => l.StartsWith("""{"define":"settings""", StringComparison.Ordinal)))!["id"]!.GetValue<int>();
        var settings = lines.FindIndex(l => l.StartsWith("""{"define":"settings""", StringComparison.Ordinal));
        var broken = JsonNode.Parse(lines[settings])!.AsObject();
        broken["value"]!["dueSoonDays"] = -1;
        lines[settings] = broken.ToJsonString();

        var e = Assert.Throws<OshValidationException>(() => Read(lines));

        Assert.Equal("OshResult.Settings.DueSoonDays", e.Field);
        Assert.StartsWith("line ", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_refuses_null_results_and_use_after_dispose_and_leaves_an_open_stream_open()
    {
        using var stream = new MemoryStream();
        var writer = new OshJsonLinesWriter(stream, leaveOpen: true);

        Assert.Throws<ArgumentNullException>(() => new OshJsonLinesWriter(null!));
        Assert.Throws<ArgumentException>(() => new OshJsonLinesWriter(new MemoryStream([], writable: false)));
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => writer.Write([Results.Value[0], null!])).ParamName);
        writer.Write(Results.Value[0]);
        Assert.Equal(1, writer.Count);
        writer.Dispose();
        writer.Dispose();

        Assert.True(stream.CanWrite);
        Assert.Throws<ObjectDisposedException>(() => writer.Write(Results.Value[0]));
        Assert.Throws<ObjectDisposedException>(writer.Flush);
        var closing = new MemoryStream();
        new OshJsonLinesWriter(closing).Dispose();
        Assert.False(closing.CanWrite);
    }

    [Fact]
    public void Two_files_written_at_once_number_their_definitions_apart()
    {
        var results = Many(40);
        byte[]? first = null, second = null;

        Parallel.Invoke(() => first = Write(results, batch: 5), () => second = Write([.. results.AsEnumerable().Reverse()], batch: 3));

        Assert.Equal(results, ReadBack(first!));
        Assert.Equal(results.AsEnumerable().Reverse(), ReadBack(second!));
    }

    /// <summary>The fixture's results (every conclusion type), repeated to <paramref name="count"/>.</summary>
    private static List<OshResult> Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Results.Value[i % Results.Value.Count])];

    private static byte[] Write(IReadOnlyList<OshResult> results, int batch)
    {
        using var stream = new MemoryStream();
        using (var writer = new OshJsonLinesWriter(stream, leaveOpen: true))
        {
            foreach (var chunk in results.Chunk(batch))
            {
                writer.Write(chunk);
            }
        }

        return stream.ToArray();
    }

    private static List<OshResult> ReadBack(byte[] file) => [.. OshJson.ReadLines(new MemoryStream(file))];

    private static List<OshResult> Read(IEnumerable<string> lines) => [.. OshJson.ReadLines(new StringReader(string.Join("\n", lines)))];

    private static List<string> Lines(byte[] file) => [.. Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static string Header(int version) => $$"""{"format":"OshRules.ResultLines","version":{{version}}}""";

    /// <summary>The definitions a result line refers to: citations, amendments, rule texts and its settings.</summary>
    private static IEnumerable<(string Kind, int Id)> References(JsonObject line)
    {
        yield return ("settings", (int)line["settings"]!);
        foreach (var c in line["conclusions"]!.AsArray())
        {
            foreach (var id in c!["basis"]!.AsArray())
            {
                yield return ("citation", (int)id!);
            }

            if (c["pendingAmendment"] is { } amendment)
            {
                yield return ("amendment", (int)amendment);
            }
        }

        foreach (var e in line["explanations"]!.AsArray())
        {
            yield return ("rule", (int)e!["rule"]!);
            foreach (var id in e["citations"]!.AsArray())
            {
                yield return ("citation", (int)id!);
            }
        }

        foreach (var id in line["pendingAmendments"]?.AsArray() ?? [])
        {
            yield return ("amendment", (int)id!);
        }
    }
}
