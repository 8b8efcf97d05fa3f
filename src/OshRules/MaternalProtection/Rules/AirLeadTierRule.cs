using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-4: Air lead and its compounds over 0.025 mg/m³: tier 3 (辦法 §10).</summary>
[Name("MAT-4 Air lead tier"), Description("Air lead and its compounds over 0.025 mg/m³: tier 3 (辦法 §10)."), Tag(Families.MaternalProtection)]
public sealed class AirLeadTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        AirLeadConcentration lead = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => lead, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyAirLead(lead, asOf));
    }
}
