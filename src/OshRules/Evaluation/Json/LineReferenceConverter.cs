using System.Text.Json;
using System.Text.Json.Serialization;

namespace OshRules.Evaluation.Json;

/// <summary>
/// Writes a value of a result-lines file as the number of its definition, and reads the number back as the value
/// (<see cref="LineDefinitions"/>).
/// </summary>
internal sealed class LineReferenceConverter<T>(LineDefinitionKind kind) : JsonConverter<T>
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number) || number < 0)
        {
            throw new JsonException($"A {LineDefinitions.Name(kind)} of a result line is the number of its definition line.");
        }

        return (T)LineDefinitions.Resolve(kind, number);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(LineDefinitions.Reference(kind, value));
}
