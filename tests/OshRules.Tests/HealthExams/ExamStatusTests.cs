using OshRules.HealthExams;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class ExamStatusTests
{
    [Theory, Trait("Rule", "HC-7")]
    [InlineData("2026-12-23", 30, ExamStatusKind.DueSoon, 30)] // due exactly 30 days ahead: within the window
    [InlineData("2026-12-24", 30, ExamStatusKind.NotYetDue, 31)] // one day beyond the window
    [InlineData("2026-11-23", 30, ExamStatusKind.DueSoon, 0)] // due today: still in time
    [InlineData("2026-11-22", 30, ExamStatusKind.Overdue, 1)] // due yesterday: overdue by one day
    [InlineData("2026-11-23", 0, ExamStatusKind.DueSoon, 0)] // a zero window still reports the due day itself as due
    [InlineData("2026-11-24", 0, ExamStatusKind.NotYetDue, 1)]
    public void Status_on_the_evaluation_date_2026_11_23(string due, int window, ExamStatusKind kind, int days) =>
        Assert.Equal(new ExamStatus(kind, days), ExamStatus.On(D(due), AsOf("2026-11-23", window)));

    [Fact, Trait("Rule", "HC-7")]
    public void Status_reads_as_a_sentence()
    {
        Assert.Equal("overdue by 3 days", new ExamStatus(ExamStatusKind.Overdue, 3).ToString());
        Assert.Equal("due within 10 days", new ExamStatus(ExamStatusKind.DueSoon, 10).ToString());
        Assert.Equal("not yet due (120 days)", new ExamStatus(ExamStatusKind.NotYetDue, 120).ToString());
    }
}
