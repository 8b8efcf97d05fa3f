using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-7: Hyperbaric-chamber or diving work: tier 3 (附表四).</summary>
[Name("MAT-7 Abnormal pressure tier"), Description("Hyperbaric-chamber or diving work: tier 3 (附表四)."), Tag(Families.MaternalProtection)]
public sealed class AbnormalPressureTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        AbnormalPressureWork pressure = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => pressure, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyAbnormalPressure(pressure, asOf));
    }
}
