using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>
/// HC-1: a worker long in service without any general exam since hiring is not told the hiring exam is decades overdue;
/// the missing hiring record is stated, and the periodic general exam (HC-2) is what is owed, due now
/// (查無僱用時一般體格檢查紀錄).
/// </summary>
[Name("HC-1 No hiring exam on record for a worker long in service")]
[Description("勞工健康保護規則 §16 I and §17 I (110.12.22): once the periodic exam that would have followed the hiring exam is due, the periodic exam is owed and the missing hiring record is stated.")]
[Tag(Families.HealthExams)]
public sealed class HireExamNotOnRecordRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Worker worker = default!;
        IEnumerable<HiringExemption> claims = default!;
        IEnumerable<ExamRecord> exams = default!;
        HireExamNotOnRecord? missing = default!;

        When()
            .Match(() => asOf)
            .Match(() => worker, w => w.HasKnownHireDate())
            .Query(() => claims, q => q.Match<HiringExemption>(x => x.WorkerId == worker.Id).Collect())
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect())
            .Let(() => missing, () => HealthExamCalculator.HireExamRecordMissing(worker, exams, claims, asOf))
            .Having(() => missing != null);
        Then()
            .Yield(ctx => missing!);
    }
}
