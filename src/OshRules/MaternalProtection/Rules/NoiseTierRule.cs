using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-3: Noise 8-h TWA: under 80 dBA tier 1, 80 to under 85 tier 2, 85 or over tier 3 (附表四).</summary>
[Name("MAT-3 Noise tier"), Description("Noise 8-h TWA: under 80 dBA tier 1, 80 to under 85 tier 2, 85 or over tier 3 (附表四)."), Tag(Families.MaternalProtection)]
public sealed class NoiseTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        NoiseExposure noise = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => noise, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyNoise(noise, asOf));
    }
}
