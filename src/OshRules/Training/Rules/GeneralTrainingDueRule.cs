using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-9: general training of at least 3 hours on hiring or before a change of work (一般安全衛生教育訓練).</summary>
[Name("EDU-9 General training on hiring or change of work"), Description("At least 3 hours (教育訓練規則 §17, 附表十四); recognised e-learning counts for at most 2 hours (§17 IV)."), Tag(Families.Training)]
public sealed class GeneralTrainingDueRule : Rule
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
            .Yield(ctx => TrainingObligationCalculator.GeneralTraining(profile, records, asOf));
    }
}
