using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
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

        var node = JsonNode.Parse(ref reader, new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive })!.AsObject();
        if (!node.TryGetPropertyValue(Discriminator, out var tag) || tag is not JsonValue value || !value.TryGetValue<string>(out var name))
        {
            throw new JsonException($"A conclusion needs a \"{Discriminator}\" string naming its type.");
        }

        if (!ConclusionTypes.ByName.TryGetValue(name, out var type))
        {
            throw new JsonException($"\"{Discriminator}\": '{name}' is not a conclusion type of this library.");
        }

        node.Remove(Discriminator);
        var result = node.Deserialize(options.GetTypeInfo(type));
        return result as IOshConclusion ?? throw new JsonException($"A {name} must not be null.");
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

        var element = JsonSerializer.SerializeToElement(value, options.GetTypeInfo(type));
        writer.WriteStartObject();
        writer.WriteString(Discriminator, name);
        foreach (var property in element.EnumerateObject())
        {
            property.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
