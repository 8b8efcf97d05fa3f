namespace OshRules.Evaluation;

/// <summary>The language of display names and printed explanations (顯示語言).</summary>
public enum DisplayLanguage
{
    /// <summary>Traditional Chinese as used in Taiwan (繁體中文).</summary>
    ZhTw = 0,

    /// <summary>English (英文).</summary>
    English = 1,
}
