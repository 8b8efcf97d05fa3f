using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>HC-5: a worker a physician finds unable to continue the work is moved (變更作業場所、更換工作或縮短工作時間).</summary>
[Name("HC-5 Change of work for a worker found unfit")]
[Description("職業安全衛生法 §21 I: a worker who cannot adapt to the original work gets a change of workplace, job or hours.")]
[Tag(Families.HealthExams)]
public sealed class UnfitForWorkFollowUpRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        ExamRecord exam = default!;

        When()
            .Match(() => asOf)
            .Match(() => exam, e => e.IsUnfitWithoutManagementLevel);
        Then()
            .Yield(ctx => HealthExamCalculator.FollowUp(exam, asOf));
    }
}
