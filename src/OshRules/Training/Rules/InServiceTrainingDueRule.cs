using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-9: in-service training hours and period by §18 I item (安全衛生在職教育訓練).</summary>
[Name("EDU-9 In-service training due"), Description("① 6 h/2 y, ② 12 h/2 y, ③ 12 h/3 y, ④–⑥ 6 h/3 y, ⑦–⑬ 3 h/3 y (教育訓練規則 §18 I, §19 I)."), Tag(Families.Training)]
public sealed class InServiceTrainingDueRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        TrainingProfile profile = default!;
        IEnumerable<TrainingRecord> records = default!;

        When()
            .Match(() => asOf)
            .Match(() => profile)
            .Query(() => records, q => q.Match<TrainingRecord>(r => r.WorkerId == profile.WorkerId).Collect());
        Then()
            .Yield(ctx => TrainingObligationCalculator.InService(profile, records, asOf));
    }
}
