using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-1: a hired worker is exempt from the general physical exam on a ground of §16 II (得免實施一般體格檢查).</summary>
[Name("HC-1 Exempt from the hiring exam on a claimed ground")]
[Description("勞工健康保護規則 §16 II (110.12.22): temporary work of six months or less, work covered by another law, designated work.")]
[Tag(Families.HealthExams)]
public sealed class HireExamExemptByClaimRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Worker worker = default!;
        HiringExemption claim = default!;
        IEnumerable<ExamRecord> exams = default!;
        HireExamExempt? exempt = default!;

        When()
            .Match(() => asOf)
            .Match(() => worker, w => w.HasKnownHireDate())
            .Match(() => claim, x => x.WorkerId == worker.Id)
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect())
            .Let(() => exempt, () => HealthExamCalculator.HireExamExemption(worker, exams, claim, asOf))
            .Having(() => exempt != null);
        Then()
            .Yield(ctx => exempt!);
    }
}
