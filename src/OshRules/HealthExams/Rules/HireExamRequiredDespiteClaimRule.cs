using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>
/// HC-1: a claimed exemption that does not apply (e.g. temporary work longer than six months) leaves the general
/// physical exam on hiring required (主張之免檢事由不成立).
/// </summary>
[Name("HC-1 General physical examination on hiring required despite a claimed exemption")]
[Description("勞工健康保護規則 §16 I–II (110.12.22): only work of six months or less is exempt as temporary work.")]
[Tag(Families.HealthExams)]
public sealed class HireExamRequiredDespiteClaimRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Worker worker = default!;
        HiringExemption claim = default!;
        IEnumerable<ExamRecord> exams = default!;
        HireExamRequired? required = default!;

        When()
            .Match(() => asOf)
            .Match(() => worker, w => w.HasKnownHireDate())
            .Match(() => claim, x => x.WorkerId == worker.Id)
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect())
            .Let(() => required, () => HealthExamCalculator.HireExamRequirement(worker, exams, claim, asOf))
            .Having(() => required != null);
        Then()
            .Yield(ctx => required!);
    }
}
