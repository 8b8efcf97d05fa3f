using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>
/// HC-2/HC-3: a worker in service is due a periodic general health examination (定期一般健康檢查), at the interval of
/// the age on the due day; with no general exam on record, now.
/// </summary>
[Name("HC-2 Periodic general health examination due")]
[Description("勞工健康保護規則 §17 I (110.12.22): 65+ yearly, 40–64 every 3 years, under 40 every 5 years; HC-3 picks the interval of the age on the due day.")]
[Tag(Families.HealthExams)]
public sealed class PeriodicGeneralExamDueRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        HealthExamOptions options = default!;
        Worker worker = default!;
        IEnumerable<ExamRecord> exams = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => worker, w => w.IsInService(asOf.Date))
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect());
        Then()
            .Yield(ctx => HealthExamCalculator.NextPeriodicGeneralExam(worker, exams, asOf, options));
    }
}
