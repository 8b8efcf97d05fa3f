using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-5: a graded special exam requires the follow-up of its management level (分級健康管理).</summary>
[Name("HC-5 Health management level follow-up")]
[Description("勞工健康保護規則 §21 (110.12.22): level 2 guidance; level 3 specialist follow-up, re-grading, notification; level 4 hazard control.")]
[Tag(Families.HealthExams)]
public sealed class ManagementFollowUpRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        ExamRecord exam = default!;

        When()
            .Match(() => asOf)
            .Match(() => exam, e => e.HasManagementLevel);
        Then()
            .Yield(ctx => HealthExamCalculator.FollowUp(exam, asOf));
    }
}
