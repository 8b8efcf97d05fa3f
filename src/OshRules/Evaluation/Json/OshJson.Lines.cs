using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OshRules.Law;

namespace OshRules.Evaluation.Json;

/// <content>Result-lines files: many results, one per line, written by <see cref="OshJsonLinesWriter"/>.</content>
public static partial class OshJson
{
    /// <summary>
    /// Reads a result-lines file (讀取逐行評估結果) written by <see cref="OshJsonLinesWriter"/>, one result per result line,
    /// in file order, as it goes: only the file's definitions are kept. A file whose first line is not the result-lines
    /// header is read as JSON Lines of results each written by <see cref="Serialize(OshResult, bool)"/> (as the sample's
    /// <c>--json</c> wrote them before result-lines files). Blank lines are skipped.
    /// </summary>
    /// <param name="reader">The file's text; it is read to the end, not disposed.</param>
    /// <returns>The results, read as the sequence is enumerated.</returns>
    /// <exception cref="JsonException">
    /// A line is malformed, refers to a definition no earlier line gives, or defines a number twice; or the header names
    /// a later layout than this library reads. The message starts with the line's number.
    /// </exception>
    /// <exception cref="OshValidationException">
    /// A value breaks a rule of the library's input contract; <see cref="OshValidationException.Problem"/> starts with the
    /// line's number.
    /// </exception>
    public static IEnumerable<OshResult> ReadLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadAllLines(reader);
    }

    /// <summary>Reads a UTF-8 result-lines file as <see cref="ReadLines(TextReader)"/> does.</summary>
    /// <param name="utf8">The file's bytes; read to the end, not disposed.</param>
    /// <returns>The results, read as the sequence is enumerated.</returns>
    public static IEnumerable<OshResult> ReadLines(Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return ReadAllLines(new StreamReader(utf8, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true));
    }

    /// <summary>The header line of a result-lines file, UTF-8, without its line break.</summary>
    internal static byte[] LinesHeader() =>
        JsonSerializer.SerializeToUtf8Bytes(new ResultLinesHeader(ResultLinesHeader.FormatName, ResultLinesHeader.CurrentVersion), Info<ResultLinesHeader>(indented: false));

    /// <summary>
    /// Serializes one result line to <paramref name="writer"/>; every definition it refers to is numbered in
    /// <paramref name="definitions"/> and its number added to <paramref name="used"/>. The result's list of pending
    /// amendments is left out: each conclusion names its own notice, and reading recomputes the list from them.
    /// </summary>
    internal static void SerializeLine(Utf8JsonWriter writer, OshResult result, LineDefinitions definitions, List<int> used)
    {
        using var scope = definitions.Enter(used);
        var document = ToDocument(result, withPendingAmendments: false);
        var explanations = new ExplanationLineDocument[document.Explanations.Count];
        for (var i = 0; i < explanations.Length; i++)
        {
            var e = document.Explanations[i];
            var rule = LineDefinitions.Reference(LineDefinitionKind.Rule, e.RuleName, e.RuleDescription, e, static e => new RuleText(e.RuleName, e.RuleDescription));
            explanations[i] = new ExplanationLineDocument(e.Conclusion, rule, e.MatchedFacts, e.Citations) { Premises = e.Premises };
        }

        var settings = LineDefinitions.Reference(
            LineDefinitionKind.Settings, result.Settings, null, document.Settings, static s => JsonSerializer.Serialize(s, Info<SettingsDocument>(indented: false)));
        var line = new ResultLineDocument(document.CaseId, document.AsOf, document.Conclusions, explanations, document.Error, settings);
        JsonSerializer.Serialize(writer, line, (JsonTypeInfo<ResultLineDocument>)LineOptions.Value.GetTypeInfo(typeof(ResultLineDocument)));
    }

    /// <summary>Writes a definition line (without its line break): <c>{"define":kind,"id":number,"value":…}</c>.</summary>
    internal static void WriteDefinition(Utf8JsonWriter writer, int number, LineDefinitionKind kind, object value)
    {
        writer.WriteStartObject();
        writer.WriteString("define", LineDefinitions.Name(kind));
        writer.WriteNumber("id", number);
        writer.WritePropertyName("value");
        switch (value)
        {
            case Citation citation:
                JsonSerializer.Serialize(writer, citation, Info<Citation>(indented: false));
                break;
            case PendingAmendment amendment:
                JsonSerializer.Serialize(writer, amendment, Info<PendingAmendment>(indented: false));
                break;
            case RuleText rule:
                JsonSerializer.Serialize(writer, rule, Info<RuleText>(indented: false));
                break;
            case string settingsJson:
                writer.WriteRawValue(settingsJson, skipInputValidation: true);
                break;
            default:
                throw new InvalidOperationException($"A {value.GetType().Name} is not a result-line definition.");
        }

        writer.WriteEndObject();
    }

    private static IEnumerable<OshResult> ReadAllLines(TextReader reader)
    {
        LineDefinitions? definitions = null;
        var number = 0;
        var first = true;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (first)
            {
                first = false;
                if (AtLine(number, () => ReadHeader(line)))
                {
                    definitions = new LineDefinitions();
                    continue;
                }
            }

            if (definitions is null)
            {
                yield return AtLine(number, () => DeserializeResult(line));
            }
            else
            {
                // Encoded once: both the check for a definition and the reading of the line take its UTF-8 bytes.
                var known = definitions;
                var utf8 = Encoding.UTF8.GetBytes(line);
                if (!AtLine(number, () => ReadDefinition(utf8, known)))
                {
                    yield return AtLine(number, () => ReadResultLine(utf8, known));
                }
            }
        }
    }

    /// <summary>Whether the line is a result-lines header; one of a later layout is refused.</summary>
    private static bool ReadHeader(string line)
    {
        using var json = JsonDocument.Parse(line);
        if (json.RootElement.ValueKind != JsonValueKind.Object
            || !json.RootElement.TryGetProperty("format", out var format)
            || format.ValueKind != JsonValueKind.String
            || format.GetString() != ResultLinesHeader.FormatName)
        {
            return false;
        }

        if (!json.RootElement.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v < 1)
        {
            throw new JsonException("The result-lines header has no version number.");
        }

        if (v > ResultLinesHeader.CurrentVersion)
        {
            throw new JsonException($"The file is in result-lines layout {v}; this library reads layouts up to {ResultLinesHeader.CurrentVersion}.");
        }

        return true;
    }

    /// <summary>Learns a definition line; false when the line is a result.</summary>
    private static bool ReadDefinition(byte[] line, LineDefinitions definitions)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.Read()
            || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("define"u8))
        {
            return false;
        }

        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var name = root.GetProperty("define").GetString();
        if (!LineDefinitions.TryKind(name, out var kind))
        {
            throw new JsonException($"'{name}' is not a kind of definition (citation, amendment, rule, settings).");
        }

        if (!root.TryGetProperty("id", out var id) || !id.TryGetInt32(out var number) || number < 0)
        {
            throw new JsonException("A definition line's id must be a number of 0 or more.");
        }

        if (!root.TryGetProperty("value", out var value))
        {
            throw new JsonException("A definition line has no value.");
        }

        object defined = kind switch
        {
            LineDefinitionKind.Citation => (object?)value.Deserialize(Info<Citation>(indented: false)),
            LineDefinitionKind.Amendment => value.Deserialize(Info<PendingAmendment>(indented: false)),
            LineDefinitionKind.Rule => value.Deserialize(Info<RuleText>(indented: false)),
            _ => value.Deserialize(Info<SettingsDocument>(indented: false)),
        } ?? throw new JsonException("A definition line's value is null.");
        definitions.Define(kind, number, defined);
        return true;
    }

    private static OshResult ReadResultLine(byte[] line, LineDefinitions definitions)
    {
        OshResultDocument document;
        using (definitions.Enter(null))
        {
            var read = JsonSerializer.Deserialize(line, (JsonTypeInfo<ResultLineDocument>)LineOptions.Value.GetTypeInfo(typeof(ResultLineDocument)))
                ?? throw Null("result");
            var explanations = new ExplanationDocument[read.Explanations.Count];
            for (var i = 0; i < explanations.Length; i++)
            {
                var e = read.Explanations[i];
                var rule = (RuleText)LineDefinitions.Resolve(LineDefinitionKind.Rule, e.Rule);
                explanations[i] = new ExplanationDocument(e.Conclusion, rule.Name, rule.Description, e.MatchedFacts, e.Citations) { Premises = e.Premises };
            }

            var settings = (SettingsDocument)LineDefinitions.Resolve(LineDefinitionKind.Settings, read.Settings);
            document = new OshResultDocument(read.CaseId, read.AsOf, read.Conclusions, explanations, read.Error, settings);
        }

        return FromDocument(document);
    }

    /// <summary>Runs a line's reading, naming the line in what it throws.</summary>
    private static T AtLine<T>(int number, Func<T> read)
    {
        try
        {
            return Read(string.Empty, _ => read());
        }
        catch (OshValidationException e)
        {
            throw new OshValidationException(e.Field, e.Rule, $"line {number}: {e.Problem}", e);
        }
        catch (JsonException e)
        {
            throw new JsonException($"Line {number}: {e.Message}", e);
        }
    }

    /// <summary>The options of a result line: the compact ones, with citations and amendment notices as numbers.</summary>
    private static class LineOptions
    {
        public static readonly JsonSerializerOptions Value = CreateLines();
    }

    private static JsonSerializerOptions CreateLines()
    {
        var options = new JsonSerializerOptions(Compact);
        options.Converters.Add(new LineReferenceConverter<Citation>(LineDefinitionKind.Citation));
        options.Converters.Add(new LineReferenceConverter<PendingAmendment>(LineDefinitionKind.Amendment));
        options.MakeReadOnly();
        return options;
    }
}
