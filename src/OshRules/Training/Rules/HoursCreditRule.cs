using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-7: how a passed course's hours count for the learner's §18 I item (時數採認).</summary>
[Name("EDU-7 Hours credit of a passed course"), Description("Platform hours offset in-service training of §18 I items 10–13, not 1–9 (教育訓練規則 §19 III; platform Q&A); general training §17 IV."), Tag(Families.Training)]
public sealed class HoursCreditRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        CourseStatus status = default!;
        TrainingProfile profile = default!;

        When()
            .Match(() => asOf)
            .Match(() => status, s => s.IsPassed)
            .Match(() => profile, p => p.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => TrainingObligationCalculator.Credit(status, profile, asOf));
    }
}
