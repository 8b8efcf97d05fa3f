using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>
/// MAT-1: every maternal status says whether the worker is in the protection period on the evaluation date, in which
/// phase, or why not (before the employer learned of the pregnancy; after the year after delivery).
/// </summary>
[Name("MAT-1 Protection period")]
[Description("辦法 §2 ②: from the day the employer learns of the pregnancy to one year after delivery; inside (by phase) or outside, and why.")]
[Tag(Families.MaternalProtection)]
public sealed class ProtectionPeriodRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status);
        Then()
            .Yield(ctx => MaternalRiskCalculator.PeriodOn(status, asOf.Date, options));
    }
}
