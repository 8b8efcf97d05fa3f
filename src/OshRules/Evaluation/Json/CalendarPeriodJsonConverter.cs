using System.Text.Json;
using System.Text.Json.Serialization;
using OshRules.Law;

namespace OshRules.Evaluation.Json;

/// <summary>
/// Writes a <see cref="CalendarPeriod"/> as <c>{"years":7,"months":0}</c> and reads it back through
/// <see cref="CalendarPeriod.OfYears"/> or <see cref="CalendarPeriod.OfMonths"/>, so an empty or negative period is
/// rejected as it is in code.
/// </summary>
internal sealed class CalendarPeriodJsonConverter : JsonConverter<CalendarPeriod>
{
    private const string YearsName = "years";
    private const string MonthsName = "months";

    public override CalendarPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A calendar period must be an object with years and months.");
        }

        int? years = null, months = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("A calendar period must be an object with years and months.");
            }

            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, YearsName, StringComparison.OrdinalIgnoreCase))
            {
                years = reader.GetInt32();
            }
            else if (string.Equals(name, MonthsName, StringComparison.OrdinalIgnoreCase))
            {
                months = reader.GetInt32();
            }
            else
            {
                reader.Skip();
            }
        }

        return (years ?? 0, months ?? 0) switch
        {
            (var y, 0) => CalendarPeriod.OfYears(y),
            (0, var m) => CalendarPeriod.OfMonths(m),
            _ => throw new OshValidationException(nameof(CalendarPeriod), "民法 §121", "a period must be whole years or whole months"),
        };
    }

    public override void Write(Utf8JsonWriter writer, CalendarPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber(YearsName, value.Years);
        writer.WriteNumber(MonthsName, value.Months);
        writer.WriteEndObject();
    }
}
