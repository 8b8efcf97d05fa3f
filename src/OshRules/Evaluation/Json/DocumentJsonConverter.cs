using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OshRules.Evaluation.Json;

/// <summary>
/// Serializes <typeparamref name="T"/> through a document type <typeparamref name="TDocument"/> that mirrors its public
/// properties, and builds <typeparamref name="T"/> back through its public, validating constructor.
/// </summary>
/// <typeparam name="T">The library type.</typeparam>
/// <typeparam name="TDocument">Its JSON shape.</typeparam>
internal abstract class DocumentJsonConverter<T, TDocument> : JsonConverter<T>
    where TDocument : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TDocument>)options.GetTypeInfo(typeof(TDocument));
        var document = JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException($"A {typeof(T).Name} must not be null.");
        return FromDocument(document);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TDocument>)options.GetTypeInfo(typeof(TDocument));
        JsonSerializer.Serialize(writer, ToDocument(value), info);
    }

    protected abstract TDocument ToDocument(T value);

    protected abstract T FromDocument(TDocument document);
}
