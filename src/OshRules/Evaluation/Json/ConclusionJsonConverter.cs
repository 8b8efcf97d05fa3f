using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OshRules.Common;

namespace OshRules.Evaluation.Json;

/// <summary>
/// Writes a conclusion as its concrete type's object with a leading <c>"$type"</c> discriminator (the type name), and
/// reads it back through that type's contract, so validating constructors run. Unknown or missing discriminators are
/// rejected with <see cref="JsonException"/>.
/// </summary>
/// <remarks>
/// System.Text.Json's built-in polymorphism works only when every derived type uses the default object converter; some
/// conclusions need converters of their own (their constructors validate parameters that do not bind by name), hence
/// this converter.
/// </remarks>
internal sealed class ConclusionJsonConverter : JsonConverter<IOshConclusion>
{
    public const string Discriminator = "$type";

    public override IOshConclusion? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A conclusion must be a JSON object.");
        }

        // Look ahead on a copy of the reader for the discriminator, then read the whole object as the concrete type:
        // the discriminator is not a member of any conclusion and is skipped there.
        var type = FindType(reader, options.PropertyNameCaseInsensitive);
        var result = JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(type));
        return result as IOshConclusion ?? throw new JsonException($"A {type.Name} must not be null.");
    }

    public override void Write(Utf8JsonWriter writer, IOshConclusion value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        if (!ConclusionTypes.ByType.TryGetValue(type, out var name))
        {
            throw new NotSupportedException($"{type.Name} is not a conclusion type of this library and cannot be serialized as one.");
        }

        var info = options.GetTypeInfo(type);
        if (!options.WriteIndented)
        {
            // Fast path: splice the discriminator in front of the concrete type's own members.
            var body = JsonSerializer.SerializeToUtf8Bytes(value, info);
            if (body.Length > 2 && body[0] == (byte)'{')
            {
                var head = Encoding.UTF8.GetBytes($"{{\"{Discriminator}\":{JsonSerializer.Serialize(name, StringInfo(options))},");
                var spliced = new byte[head.Length + body.Length - 1];
                head.CopyTo(spliced, 0);
                body.AsSpan(1).CopyTo(spliced.AsSpan(head.Length));
                writer.WriteRawValue(spliced, skipInputValidation: true);
                return;
            }
        }

        var element = JsonSerializer.SerializeToElement(value, info);
        writer.WriteStartObject();
        writer.WriteString(Discriminator, name);
        foreach (var property in element.EnumerateObject())
        {
            property.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<string> StringInfo(JsonSerializerOptions options) => (JsonTypeInfo<string>)options.GetTypeInfo(typeof(string));

    private static Type FindType(Utf8JsonReader probe, bool caseInsensitive)
    {
        var comparison = caseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var depth = probe.CurrentDepth;
        while (probe.Read() && !(probe.TokenType == JsonTokenType.EndObject && probe.CurrentDepth == depth))
        {
            var isDiscriminator = string.Equals(probe.GetString(), Discriminator, comparison);
            probe.Read();
            if (!isDiscriminator)
            {
                probe.Skip();
                continue;
            }

            if (probe.TokenType != JsonTokenType.String)
            {
                break;
            }

            var name = probe.GetString()!;
            return ConclusionTypes.ByName.TryGetValue(name, out var type)
                ? type
                : throw new JsonException($"\"{Discriminator}\": '{name}' is not a conclusion type of this library.");
        }

        throw new JsonException($"A conclusion needs a \"{Discriminator}\" string naming its type.");
    }
}
