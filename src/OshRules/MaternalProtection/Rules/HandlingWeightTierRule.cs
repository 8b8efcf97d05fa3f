using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-9: Loads at or over 10/6, 15/10 or 30/20 kg by phase: tier 3, downgradable.</summary>
[Name("MAT-9 Handling weight at or over the limit"), Description("Loads at or over 10/6, 15/10 or 30/20 kg by phase: tier 3, downgradable."), Tag(Families.MaternalProtection)]
public sealed class HandlingWeightTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        ManualHandling handling = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => handling, e => e.WorkerId == status.WorkerId && e.HasWeight);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyHandlingWeight(handling, MaternalRiskCalculator.PhaseOn(status, asOf.Date, options), asOf));
    }
}
