using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-1: a hired worker with no exemption claimed and no hiring exam on record needs the general physical exam (一般體格檢查).</summary>
[Name("HC-1 General physical examination on hiring required")]
[Description("勞工健康保護規則 §16 I (110.12.22): the general physical exam is due before work starts.")]
[Tag(Families.HealthExams)]
public sealed class HireExamRequiredRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Worker worker = default!;
        IEnumerable<ExamRecord> exams = default!;
        HireExamRequired? required = default!;

        When()
            .Match(() => asOf)
            .Match(() => worker, w => w.HasKnownHireDate())
            .Not<HiringExemption>(x => x.WorkerId == worker.Id)
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect())
            .Let(() => required, () => HealthExamCalculator.HireExamRequirement(worker, exams, null, asOf))
            .Having(() => required != null);
        Then()
            .Yield(ctx => required!);
    }
}
