using System.Globalization;
using System.Resources;
using OshRules.Evaluation;

namespace OshRules.Resources;

/// <summary>
/// Display names of enums and conclusion types in zh-TW and English (顯示名稱), read from the library's resources.
/// Thread-safe.
/// </summary>
public static class DisplayNames
{
    private static readonly ResourceManager Strings = new("OshRules.Resources.Strings", typeof(DisplayNames).Assembly);
    private static readonly CultureInfo ZhTw = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The display name of an enum value, e.g. 確診疾病（紅色） for <c>NmqGradeLevel.Red</c> in zh-TW.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>
    /// The name from the resources (key <c>Enum_&lt;EnumType&gt;_&lt;Value&gt;</c>); for a combination of
    /// <see cref="FlagsAttribute"/> values, the names of its flags joined by 、 (zh-TW) or a comma (English); the value's
    /// identifier when no name is defined.
    /// </returns>
    public static string Of(Enum value, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        return Lookup($"Enum_{type.Name}_{value}", language)
            ?? (type.IsDefined(typeof(FlagsAttribute), inherit: false) ? OfFlags(value, type, language) : null)
            ?? value.ToString();
    }

    /// <summary>The display name of a conclusion or fact type, e.g. 定期一般健康檢查 for <c>PeriodicGeneralExamDue</c>.</summary>
    /// <param name="type">The type.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name from the resources, or the type's name when none is defined.</returns>
    public static string Of(Type type, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Lookup($"Type_{type.Name}", language) ?? type.Name;
    }

    private static string? OfFlags(Enum value, Type type, DisplayLanguage language)
    {
        var bits = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
        var covered = 0UL;
        var names = new List<string>();
        foreach (Enum flag in Enum.GetValues(type))
        {
            var flagBits = Convert.ToUInt64(flag, CultureInfo.InvariantCulture);
            if (flagBits != 0 && (flagBits & (flagBits - 1)) == 0 && (bits & flagBits) == flagBits)
            {
                names.Add(Lookup($"Enum_{type.Name}_{flag}", language) ?? flag.ToString());
                covered |= flagBits;
            }
        }

        return bits != 0 && covered == bits ? string.Join(language == DisplayLanguage.ZhTw ? "、" : ", ", names) : null;
    }

    internal static string Text(string key, DisplayLanguage language) =>
        Lookup(key, language) ?? throw new InvalidOperationException($"Resource '{key}' is missing.");

    private static string? Lookup(string key, DisplayLanguage language) =>
        Strings.GetString(key, language == DisplayLanguage.ZhTw ? ZhTw : English);
}
