using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-9: Manual handling judged may affect: tier 2; harmful: tier 3 (辦法 §9).</summary>
[Name("MAT-9 Manual handling judged by a physician"), Description("Manual handling judged may affect: tier 2; harmful: tier 3 (辦法 §9)."), Tag(Families.MaternalProtection)]
public sealed class HandlingJudgementTierRule : Rule
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
            .Match(() => handling, e => e.WorkerId == status.WorkerId && e.HasPhysicianJudgement);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyHandlingJudgement(handling, asOf));
    }
}
