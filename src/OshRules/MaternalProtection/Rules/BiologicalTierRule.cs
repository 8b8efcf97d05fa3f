using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-8: Biological agents by immunity, blood or body-fluid contact and physician judgement (附表四).</summary>
[Name("MAT-8 Biological agent tier"), Description("Biological agents by immunity, blood or body-fluid contact and physician judgement (附表四)."), Tag(Families.MaternalProtection)]
public sealed class BiologicalTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        BiologicalExposure agent = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => agent, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyBiological(agent, asOf));
    }
}
