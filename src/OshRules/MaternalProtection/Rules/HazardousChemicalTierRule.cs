using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-5: Reproductive toxicants, germ-cell mutagens and lactation hazards by class or by the share of the PEL (辦法 §9, 附表四).</summary>
[Name("MAT-5 Hazardous chemical tier"), Description("Reproductive toxicants, germ-cell mutagens and lactation hazards by class or by the share of the PEL (辦法 §9, 附表四)."), Tag(Families.MaternalProtection)]
public sealed class HazardousChemicalTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        ChemicalExposure chemical = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => chemical, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyChemical(chemical, asOf));
    }
}
