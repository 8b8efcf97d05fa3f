using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-4: Blood lead: under 5 µg/dL tier 1, 5 to under 10 tier 2, 10 or over tier 3, or as a physician adjusts it (辦法 §10).</summary>
[Name("MAT-4 Blood lead tier"), Description("Blood lead: under 5 µg/dL tier 1, 5 to under 10 tier 2, 10 or over tier 3, or as a physician adjusts it (辦法 §10)."), Tag(Families.MaternalProtection)]
public sealed class BloodLeadTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        BloodLeadLevel lead = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => lead, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyBloodLead(lead, asOf));
    }
}
