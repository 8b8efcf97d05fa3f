using System.Reflection;
using System.Text.RegularExpressions;
using OshRules.Evaluation;
using OshRules.Samples;
using OshRules.Samples.Text;
using static OshRules.Tests.Samples.SampleFixtures;

namespace OshRules.Tests.Samples;

/// <summary>Every word the sample prints is in the user's language, with ROC dates when asked.</summary>
public sealed partial class SampleLanguageTests
{
    [Fact]
    public void Explain_prints_each_answer_its_rule_and_its_articles_in_zh_TW()
    {
        var (code, output) = Run(Options(lang: "zh-TW", explain: "S0219"));

        Assert.Equal(0, code);
        Assert.Contains("員工 S0219（第 220 行），評估基準日 2026-11-23", output, StringComparison.Ordinal);
        Assert.Contains("結論: 分娩滿六個月但未滿一年；第二級管理；", output, StringComparison.Ordinal); // period and tier
        Assert.Contains("規則: MAT-2 母性健康危害評估", output, StringComparison.Ordinal);
        Assert.Matches(@"結論: 應實施日 \d{4}-\d\d-\d\d，(逾期 [\d,]+ 天|\d+ 天後到期|今日到期|未到期（尚有 [\d,]+ 天）)", output); // a due date and its status
        Assert.Contains("規則: HC-2 定期一般健康檢查到期", output, StringComparison.Ordinal);
        Assert.Contains("法源依據: 勞工健康保護規則第17條", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWords(), output);
    }

    [Fact]
    public void Explain_prints_the_answers_in_English_with_ROC_dates_when_asked()
    {
        var (code, output) = Run(Options(lang: "en", explain: "S0219", roc: true));

        Assert.Equal(0, code);
        Assert.Contains("Worker S0219 (line 220), evaluated as of 115.11.23 (ROC)", output, StringComparison.Ordinal);
        Assert.Matches(@"Answer: due 1\d\d\.\d\d\.\d\d, ", output);
        Assert.Contains("Rule: MAT-2 Maternal risk assessment", output, StringComparison.Ordinal);
        Assert.Contains("Legal basis: Labour Health Protection Rules, Art. 17", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_zh_TW_summary_names_conditions_states_and_reasons_in_Chinese()
    {
        var roster = WriteRoster(
        [
            GoodRow("Z1", ("course_id", "C1"), ("course_language", "zh"), ("course_required_hours", "3"), ("course_nodes", "12"), ("course_hours", "3"), ("read_on", "2026-08-01"), ("read_hours", "3"), ("nodes_viewed", "4")),
            Row(("worker_id", "Z2"), ("sex", "X"), ("birth_date", "1980-01-01")),
            Row(("worker_id", "Z3"), ("sex", "F"), ("birth_date", "1980-13-01")),
            GoodRow("Z4", ("training_hours", "0,5"), ("training_item", "13"), ("last_training", "2025-01-01")),
        ]);
        try
        {
            var (code, output) = Run(Options(roster, lang: "zh-TW"));

            Assert.Equal(1, code);
            Assert.Contains("閱讀進度（全部節點）、測驗及格、課程問卷", output, StringComparison.Ordinal); // open conditions
            Assert.Contains("尚未開放", output, StringComparison.Ordinal); // the test's state
            Assert.Contains("須為 F 或 M（女或男）", output, StringComparison.Ordinal);
            Assert.Contains("該日不存在", output, StringComparison.Ordinal);
            Assert.Contains("數字中的逗號有歧義", output, StringComparison.Ordinal);
            Assert.Contains("法規修正提醒", output, StringComparison.Ordinal); // the training amendment, in the console too
            Assert.DoesNotMatch(EnglishWords(), output);
        }
        finally
        {
            File.Delete(roster);
        }
    }

    [Fact]
    public void ROC_dates_are_shown_everywhere_when_asked()
    {
        var dir = Directory.CreateTempSubdirectory("oshrules-roc-");
        try
        {
            var html = Path.Combine(dir.FullName, "r.html");
            var csv = Path.Combine(dir.FullName, "r.csv");
            var (code, output) = Run(Options(lang: "zh-TW", html: html, csv: csv, roc: true));

            Assert.Equal(0, code);
            Assert.Contains("評估基準日: 民國115年11月23日", output, StringComparison.Ordinal);
            foreach (var text in new[] { output, File.ReadAllText(html), File.ReadAllText(csv) })
            {
                Assert.DoesNotMatch(@"\b(19|20)\d\d-\d\d-\d\d\b", Regex.Replace(text, "data-[a-z]+=\"[^\"]*\"", string.Empty));
                Assert.Matches(@"\b1\d\d\.\d\d\.\d\d\b", text);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_rule_of_the_library_has_a_zh_TW_title()
    {
        var names = typeof(OshRuleSet).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributesData())
            .Where(a => a.AttributeType.Name == "NameAttribute" && a.ConstructorArguments.Count == 1)
            .Select(a => (string)a.ConstructorArguments[0].Value!)
            .ToList();

        Assert.NotEmpty(names);
        var chinese = new Labels(DisplayLanguage.ZhTw);
        Assert.All(names, n => Assert.NotEqual(n, RuleTitles.Of(n, chinese)));
        Assert.All(RuleTitles.Listed, n => Assert.Contains(n, names)); // no title for a rule that is gone
    }

    [Fact]
    public void The_help_text_states_the_exit_codes()
    {
        Assert.Contains("0  every row was evaluated", OshRules.Samples.Program.Description, StringComparison.Ordinal);
        Assert.Contains("1  some rows were rejected", OshRules.Samples.Program.Description, StringComparison.Ordinal);
        Assert.Contains("2  no row could be evaluated", OshRules.Samples.Program.Description, StringComparison.Ordinal);
        Assert.Equal(2, ExitCodes.Failed);
    }

    // Identifiers of the library's enums that would show that a value was printed untranslated.
    [GeneratedRegex(@"\b(ReadingHours|ReadingProgress|Questionnaire|NotYetDue|DueSoon|Overdue|Tier[123]|LightYellow|DarkYellow|Pregnant|InService|GeneralOnHireOrChange|must be|required|rule [A-Z])\b")]
    private static partial Regex EnglishWords();
}
