using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-7: Ionizing radiation is not tiered here: refer to 游離輻射防護安全標準.</summary>
[Name("MAT-7 Ionizing radiation referral"), Description("Ionizing radiation is not tiered here: refer to 游離輻射防護安全標準."), Tag(Families.MaternalProtection)]
public sealed class IonizingRadiationReferralRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        IonizingRadiationWork radiation = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => radiation, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyIonizingRadiation(radiation, asOf));
    }
}
