using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-5: a level graded from the physician's findings requires the follow-up of that level (分級後之處置).</summary>
[Name("HC-5 Health management follow-up of a graded level")]
[Description("勞工健康保護規則 §21 II–III (110.12.22): level 2 guidance; level 3 specialist follow-up, re-grading, notification; level 4 hazard control.")]
[Tag(Families.HealthExams)]
public sealed class GradedLevelFollowUpRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        ManagementLevelGrade grade = default!;

        When()
            .Match(() => asOf)
            .Match(() => grade);
        Then()
            .Yield(ctx => HealthExamCalculator.FollowUp(grade, asOf));
    }
}
