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

    /// <summary>The display name of an enum value, e.g. 紅色 for <c>NmqGradeLevel.Red</c> in zh-TW.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name from the resources, or the value's identifier when none is defined.</returns>
    public static string Of(Enum value, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Lookup($"Enum_{value.GetType().Name}_{value}", language) ?? value.ToString();
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

    internal static string Text(string key, DisplayLanguage language) =>
        Lookup(key, language) ?? throw new InvalidOperationException($"Resource '{key}' is missing.");

    private static string? Lookup(string key, DisplayLanguage language) =>
        Strings.GetString(key, language == DisplayLanguage.ZhTw ? ZhTw : English);
}
