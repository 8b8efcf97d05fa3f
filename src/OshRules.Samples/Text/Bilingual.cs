using OshRules.Evaluation;

namespace OshRules.Samples.Text;

/// <summary>A text the sample prints, in English and in zh-TW; the run's language picks one.</summary>
internal readonly record struct Bilingual(string En, string Zh)
{
    public string In(DisplayLanguage language) => language == DisplayLanguage.ZhTw ? Zh : En;

    public override string ToString() => En;
}
