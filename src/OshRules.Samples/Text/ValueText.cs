using System.Globalization;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.Resources;
using OshRules.Samples.Report;

namespace OshRules.Samples.Text;

/// <summary>The sample's words for values: statuses with their days, periods, hours, yes/no, course standings.</summary>
internal static class ValueText
{
    public static string Status(ExamStatus s, Labels l) => s.Kind switch
    {
        ExamStatusKind.Overdue => l.Chinese ? $"逾期 {l.Number(s.Days)} 天" : s.Days == 1 ? "overdue by 1 day" : $"overdue by {l.Number(s.Days)} days",
        ExamStatusKind.DueSoon when s.Days == 0 => l.Chinese ? "今日到期" : "due today",
        ExamStatusKind.DueSoon => l.Chinese ? $"{l.Number(s.Days)} 天後到期" : s.Days == 1 ? "due in 1 day" : $"due in {l.Number(s.Days)} days",
        _ => l.Chinese ? $"未到期（尚有 {l.Number(s.Days)} 天）" : $"not yet due ({l.Number(s.Days)} days)",
    };

    public static string Period(CalendarPeriod p, Labels l) => l.Chinese ? p.ToChineseString() : p.ToString();

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    public static string YesNo(bool value, Labels l) => value ? l["yes"] : l["no"];

    /// <summary>The library's display name of an enum value, looked up once per value and language (a report asks millions of times).</summary>
    public static string Of(Enum value, Labels l) => Names.GetOrAdd((value, l.Language), static k => DisplayNames.Of(k.Value, k.Language));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Enum Value, OshRules.Evaluation.DisplayLanguage Language), string> Names = new();

    public static string Standing(CourseStanding s, Labels l) => s switch
    {
        CourseStanding.Passed => l["coursesPassed"],
        CourseStanding.InRetake => l["coursesInRetake"],
        CourseStanding.Reset => l["coursesReset"],
        _ => l["coursesInProgress"],
    };

    public static string Citation(Citation c, Labels l) => l.Chinese ? c.ToChineseString() : c.ToEnglishString();
}
