using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-8: a construction worker without an OSH card needs 6 hours of in-person training (職安卡首次取得).</summary>
[Name("EDU-8 First OSH card needs in-person training"), Description("The first card needs 6 hours in person; online courses do not count (platform Q&A)."), Tag(Families.Training)]
public sealed class FirstOshCardRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        OshCardStatus card = default!;

        When()
            .Match(() => asOf)
            .Match(() => card, c => c.NeedsFirstCard);
        Then()
            .Yield(ctx => OshCardCalculator.FirstCard(card, asOf.Date));
    }
}
