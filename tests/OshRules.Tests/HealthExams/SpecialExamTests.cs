using OshRules.HealthExams;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class SpecialExamTests
{
    private static readonly SpecialHazardAssignment NoiseWork = new(WorkerId, Noise, D("2026-03-01"));

    [Fact, Trait("Rule", "HC-4")]
    public void Special_physical_exam_is_due_before_special_hazardous_work_starts()
    {
        var due = HealthExamCalculator.NextSpecialExam(Worker("1990-01-01"), NoiseWork, [], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(ExamKind.SpecialPhysical, due.Kind);
        Assert.Equal(D("2026-03-01"), due.DueDate);
        Assert.Equal(new ExamStatus(ExamStatusKind.Overdue, 267), due.Status);
        Assert.Equal(16, due.Basis[0].Article);
    }

    [Fact, Trait("Rule", "HC-4")]
    public void Special_health_exam_is_due_every_year_after_the_last_one()
    {
        var due = HealthExamCalculator.NextSpecialExam(
            Worker("1990-01-01"), NoiseWork, [Special("2026-02-20", Noise, ExamKind.SpecialPhysical)], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(ExamKind.SpecialPeriodic, due.Kind);
        Assert.Equal(D("2027-02-20"), due.DueDate);
        Assert.Equal("勞工健康保護規則第18條第1項 (110.12.22 修正)", due.Basis[0].ToChineseString());
    }

    [Fact, Trait("Rule", "HC-4")]
    public void Special_exams_are_counted_per_hazard()
    {
        var exams = new[] { Special("2026-02-20", Dust, ExamKind.SpecialPhysical) };

        var due = HealthExamCalculator.NextSpecialExam(Worker("1990-01-01"), NoiseWork, exams, AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(ExamKind.SpecialPhysical, due.Kind);
        Assert.Null(due.LastExam);
    }

    [Theory, Trait("Rule", "HC-4")]
    [InlineData("2025-03-01", ExamKind.SpecialPeriodic)] // a year before the start: still covers it
    [InlineData("2025-02-28", ExamKind.SpecialPhysical)] // one day older: a new special physical exam is due
    public void An_earlier_special_exam_covers_the_start_for_a_year(string examDate, ExamKind expected)
    {
        var due = HealthExamCalculator.NextSpecialExam(Worker("1990-01-01"), NoiseWork, [Special(examDate, Noise)], AsOf("2026-11-23"), HealthExamOptions.Default);

        Assert.Equal(expected, due.Kind);
    }

    [Fact, Trait("Rule", "HC-4")]
    public void Calendar_year_counting_moves_the_yearly_special_exam_to_31_December()
    {
        var options = HealthExamOptions.Default with { Counting = DueDateCounting.CalendarYear };
        var due = HealthExamCalculator.NextSpecialExam(Worker("1990-01-01"), NoiseWork, [Special("2026-02-20", Noise)], AsOf("2026-11-23"), options);

        Assert.Equal(D("2027-12-31"), due.DueDate);
        Assert.Equal(DueDateCounting.CalendarYear, due.Counting);
    }

    // Evaluated in 2027, the answer always cites §2 (附表一's article), whose 115.06.26 text has been in force since
    // 2026-07-01: it is flagged with that stage. A due day on or after 2028-01-01 moves it to the §18 stage.
    [Theory, Trait("Rule", "HC-4")]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", true)] // yearly exam due on 2028-01-01: the 115.06.26 §18 text, flagged
    public void Yearly_special_exam_due_on_or_after_2028_is_flagged(string last, bool flagged)
    {
        var due = HealthExamCalculator.NextSpecialExam(Worker("1990-01-01"), NoiseWork, [Special(last, Noise)], AsOf("2027-01-05"), HealthExamOptions.Default);

        Assert.True(due.IsBeyondEncodedVersion);
        Assert.Equal(flagged ? HealthExamParameters.Pending2028 : HealthExamParameters.Pending2026, due.PendingAmendment);
    }
}
