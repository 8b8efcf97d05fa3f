using OshRules.Law;

namespace OshRules.Tests.Legal;

public sealed class CitationTests
{
    private static readonly LawVersion Text1101222 = LawVersion.On(new DateOnly(2021, 12, 22));

    [Fact]
    public void Formats_article_paragraph_and_item_in_Chinese() =>
        Assert.Equal(
            "勞工健康保護規則第17條第1項第1款 (110.12.22 修正)",
            new Citation(LawName.LabourHealthProtectionRules, 17, 1, 1, Text1101222).ToChineseString());

    [Fact]
    public void Formats_article_paragraph_and_item_in_English() =>
        Assert.Equal(
            "Labour Health Protection Rules, Art. 17(1)(i) (text of 2021-12-22)",
            new Citation(LawName.LabourHealthProtectionRules, 17, 1, 1, Text1101222).ToEnglishString());

    [Fact]
    public void Sub_articles_and_annexes_are_written_in_both_languages()
    {
        var c = new Citation(LawName.OshFacilitiesRules, 324) { SubArticle = 1 };
        Assert.Equal("職業安全衛生設施規則第324條之1", c.ToChineseString());
        Assert.Equal("Occupational Safety and Health Facilities Rules, Art. 324-1", c.ToEnglishString());

        var annex = new Citation(LawName.MaternalHealthProtectionRules).WithAnnex("附表四", "Annex 4");
        Assert.Equal("女性勞工母性健康保護實施辦法附表四", annex.ToChineseString());
        Assert.Equal("Maternal Health Protection Regulations for Female Workers, Annex 4", annex.ToEnglishString());
    }

    [Theory]
    [InlineData(4, "iv")]
    [InlineData(9, "ix")]
    [InlineData(13, "xiii")]
    public void Items_are_roman_numerals_in_English(int item, string roman) =>
        Assert.EndsWith($"Art. 18(1)({roman})", new Citation(LawName.EducationTrainingRules, 18, 1, item).ToEnglishString(), StringComparison.Ordinal);

    [Fact]
    public void Article_numbers_must_be_positive() =>
        Assert.Throws<OshValidationException>(() => new Citation(LawName.CivilCode, 0));
}
