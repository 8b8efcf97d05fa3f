using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>
/// HC-4: a worker in special hazardous work is due a special physical exam before the work and a special health exam
/// every year, per hazard (特殊體格檢查、特殊健康檢查).
/// </summary>
[Name("HC-4 Special examination due")]
[Description("勞工健康保護規則 §16 I and §18 I (110.12.22): special physical exam on hiring or change of work; special health exam every year.")]
[Tag(Families.HealthExams)]
public sealed class SpecialExamDueRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        HealthExamOptions options = default!;
        Worker worker = default!;
        SpecialHazardAssignment assignment = default!;
        IEnumerable<ExamRecord> exams = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => worker)
            .Match(() => assignment, a => a.WorkerId == worker.Id, a => a.IsCurrentOn(asOf.Date))
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect());
        Then()
            .Yield(ctx => HealthExamCalculator.NextSpecialExam(worker, assignment, exams, asOf, options));
    }
}
