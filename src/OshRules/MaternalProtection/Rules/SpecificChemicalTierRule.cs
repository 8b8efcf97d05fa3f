using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-6: The seven chemicals of 附表四 over their values: tier 3, downgradable.</summary>
[Name("MAT-6 Specific chemical over its value"), Description("The seven chemicals of 附表四 over their values: tier 3, downgradable."), Tag(Families.MaternalProtection)]
public sealed class SpecificChemicalTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        SpecificChemicalExposure chemical = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => chemical, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifySpecificChemical(chemical, asOf));
    }
}
