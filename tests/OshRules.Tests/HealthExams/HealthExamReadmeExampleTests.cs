using OshRules.Common;
using OshRules.HealthExams;

namespace OshRules.Tests.HealthExams;

/// <summary>The example of src/OshRules/HealthExams/README.md, kept in step with it.</summary>
public sealed class HealthExamReadmeExampleTests
{
    [Fact, Trait("Rule", "HC-3")]
    public void Readme_example_runs_and_gives_the_documented_answer()
    {
        // README: begin
        var worker = new Worker("E-1024", new DateOnly(1980, 1, 10), Sex.Male, hireDate: new DateOnly(2010, 9, 1));
        var exams = new[] { new ExamRecord("E-1024", ExamKind.PeriodicGeneral, new DateOnly(2018, 7, 10)) };
        var asOf = new EvaluationDate(new DateOnly(2026, 11, 23));

        PeriodicGeneralExamDue due = HealthExamCalculator.NextPeriodicGeneralExam(worker, exams, asOf, HealthExamOptions.Default);
        // due.DueDate == 2021-07-10 (3 years: the worker is 41 on that day), due.Status: overdue by 1962 days,
        // due.Basis[0]: 勞工健康保護規則第17條第1項第2款 (110.12.22 修正)
        // README: end

        Assert.Equal(new DateOnly(2021, 7, 10), due.DueDate);
        Assert.Equal(new ExamStatus(ExamStatusKind.Overdue, 1962), due.Status);
        Assert.Equal("勞工健康保護規則第17條第1項第2款 (110.12.22 修正)", due.Basis[0].ToChineseString());
    }
}
