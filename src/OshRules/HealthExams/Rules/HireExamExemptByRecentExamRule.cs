using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-1: a periodic general exam within the interval for the worker's age exempts from the hiring exam, §16 III (經勞工提出證明者，得免實施).</summary>
[Name("HC-1 Exempt from the hiring exam by a recent periodic exam")]
[Description("勞工健康保護規則 §16 III (110.12.22): an exam within the periodic interval of §17, proven by the worker.")]
[Tag(Families.HealthExams)]
public sealed class HireExamExemptByRecentExamRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Worker worker = default!;
        IEnumerable<ExamRecord> exams = default!;
        HireExamExempt? exempt = default!;

        When()
            .Match(() => asOf)
            .Match(() => worker, w => w.HasKnownHireDate())
            .Not<HiringExemption>(x => x.WorkerId == worker.Id)
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect())
            .Let(() => exempt, () => HealthExamCalculator.HireExamExemption(worker, exams, null, asOf))
            .Having(() => exempt != null);
        Then()
            .Yield(ctx => exempt!);
    }
}
