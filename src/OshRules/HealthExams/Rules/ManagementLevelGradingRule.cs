using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-5: a special exam with the physician's findings and no level is graded from them, §21 I (健康管理分級判定).</summary>
[Name("HC-5 Health management level graded from the physician's findings")]
[Description("勞工健康保護規則 §21 I (110.12.22): not abnormal overall, level 1; abnormal and unrelated to work, 2; relation undetermined, 3; related, 4.")]
[Tag(Families.HealthExams)]
public sealed class ManagementLevelGradingRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        ExamRecord exam = default!;

        When()
            .Match(() => asOf)
            .Match(() => exam, e => e.IsToBeGradedFromFindings);
        Then()
            .Yield(ctx => HealthExamCalculator.GradeManagementLevel(exam, asOf));
    }
}
