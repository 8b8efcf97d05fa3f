using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-8: every exam record has a retention period of 7, 10 or 30 years (健康檢查紀錄保存年限).</summary>
[Name("HC-8 Exam record retention")]
[Description("勞工健康保護規則 §19–§20 (110.12.22): general 7 years, special 10 years, the 15 groups of §20 30 years.")]
[Tag(Families.HealthExams)]
public sealed class ExamRecordRetentionRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        ExamRecord exam = default!;

        When()
            .Match(() => asOf)
            .Match(() => exam);
        Then()
            .Yield(ctx => HealthExamCalculator.Retention(exam, asOf));
    }
}
