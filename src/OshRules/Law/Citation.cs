using System.Globalization;
using System.Text;

namespace OshRules.Law;

/// <summary>
/// A legal citation (法條依據): law, article, paragraph, item or annex, and the version of the text applied.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Formats as 勞工健康保護規則第17條第1項第1款 in Chinese and as "Labour Health Protection Rules, Art. 17(1)(i)" in English.
/// An article number such as 324-1 (第324條之1) is written with <see cref="SubArticle"/> = 1.
/// </remarks>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="law">The law cited.</param>
    /// <param name="article">The article (條), or null when only an annex or section of a non-statute is cited.</param>
    /// <param name="paragraph">The paragraph (項).</param>
    /// <param name="item">The item (款).</param>
    /// <param name="version">The version of the text applied.</param>
    public Citation(LawName law, int? article = null, int? paragraph = null, int? item = null, LawVersion? version = null)
    {
        Law = law ?? throw new ArgumentNullException(nameof(law));
        if (article is <= 0 || paragraph is <= 0 || item is <= 0)
        {
            throw new OshValidationException(nameof(Citation), "citation", "article, paragraph and item numbers must be positive");
        }

        Article = article;
        Paragraph = paragraph;
        Item = item;
        Version = version;
    }

    /// <summary>The law cited (法規).</summary>
    public LawName Law { get; init; }

    /// <summary>The article (條).</summary>
    public int? Article { get; init; }

    /// <summary>The sub-article (之N), e.g. 1 for 第324條之1.</summary>
    public int? SubArticle { get; init; }

    /// <summary>The paragraph (項).</summary>
    public int? Paragraph { get; init; }

    /// <summary>The item (款).</summary>
    public int? Item { get; init; }

    /// <summary>The sub-item (目).</summary>
    public int? SubItem { get; init; }

    /// <summary>An annex or table (附表), e.g. <c>附表一</c>, with its English label in <see cref="AnnexEnglish"/>.</summary>
    public string? Annex { get; init; }

    /// <summary>English label of <see cref="Annex"/>, e.g. <c>Annex 1</c>.</summary>
    public string? AnnexEnglish { get; init; }

    /// <summary>A free note, e.g. the section of a guideline or the manual's page (說明).</summary>
    public string? Note { get; init; }

    /// <summary>The version of the text applied (適用版本), when known.</summary>
    public LawVersion? Version { get; init; }

    /// <summary>This citation with an annex.</summary>
    /// <param name="chinese">The Chinese label, e.g. 附表四.</param>
    /// <param name="english">The English label, e.g. Annex 4.</param>
    /// <returns>A new citation.</returns>
    public Citation WithAnnex(string chinese, string english) => this with { Annex = chinese, AnnexEnglish = english };

    /// <summary>Formats in Chinese: 勞工健康保護規則第17條第1項第1款 (110.12.22 修正).</summary>
    /// <returns>The Chinese citation.</returns>
    public string ToChineseString()
    {
        var sb = new StringBuilder(Law.Chinese);
        if (Article is { } a)
        {
            sb.Append(CultureInfo.InvariantCulture, $"第{a}條");
            if (SubArticle is { } s)
            {
                sb.Append(CultureInfo.InvariantCulture, $"之{s}");
            }
        }

        if (Paragraph is { } p)
        {
            sb.Append(CultureInfo.InvariantCulture, $"第{p}項");
        }

        if (Item is { } i)
        {
            sb.Append(CultureInfo.InvariantCulture, $"第{i}款");
        }

        if (SubItem is { } si)
        {
            sb.Append(CultureInfo.InvariantCulture, $"第{si}目");
        }

        if (Annex is not null)
        {
            sb.Append(Annex);
        }

        if (Note is not null)
        {
            sb.Append('（').Append(Note).Append('）');
        }

        if (Version is { } v)
        {
            sb.Append(" (").Append(v.ToChineseString()).Append(')');
        }

        return sb.ToString();
    }

    /// <summary>Formats in English: Labour Health Protection Rules, Art. 17(1)(i) (text of 2021-12-22).</summary>
    /// <returns>The English citation.</returns>
    public string ToEnglishString()
    {
        var sb = new StringBuilder(Law.English);
        if (Article is { } a)
        {
            sb.Append(CultureInfo.InvariantCulture, $", Art. {a}");
            if (SubArticle is { } s)
            {
                sb.Append(CultureInfo.InvariantCulture, $"-{s}");
            }

            if (Paragraph is { } p)
            {
                sb.Append(CultureInfo.InvariantCulture, $"({p})");
            }

            if (Item is { } i)
            {
                sb.Append('(').Append(Roman(i)).Append(')');
            }

            if (SubItem is { } si)
            {
                sb.Append(CultureInfo.InvariantCulture, $"({si})");
            }
        }

        if ((AnnexEnglish ?? Annex) is { } annex)
        {
            sb.Append(", ").Append(annex);
        }

        if (Note is not null)
        {
            sb.Append(" [").Append(Note).Append(']');
        }

        if (Version is { } v)
        {
            sb.Append(" (").Append(v).Append(')');
        }

        return sb.ToString();
    }

    /// <summary>The Chinese form; see <see cref="ToChineseString"/>.</summary>
    /// <returns>The Chinese citation.</returns>
    public override string ToString() => ToChineseString();

    private static string Roman(int n)
    {
        ReadOnlySpan<(int Value, string Numeral)> table =
        [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ];
        var sb = new StringBuilder();
        foreach (var (value, numeral) in table)
        {
            while (n >= value)
            {
                sb.Append(numeral);
                n -= value;
            }
        }

        return sb.ToString();
    }
}
