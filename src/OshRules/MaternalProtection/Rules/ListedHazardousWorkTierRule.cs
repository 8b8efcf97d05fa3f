using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>MAT-10: Work listed in the listing standard's 附表二 or 附表三 for the worker's phase: tier 3, downgradable.</summary>
[Name("MAT-10 Listed hazardous work"), Description("Work listed in the listing standard's 附表二 or 附表三 for the worker's phase: tier 3, downgradable."), Tag(Families.MaternalProtection)]
public sealed class ListedHazardousWorkTierRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        ListedHazardousWork work = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Match(() => work, e => e.WorkerId == status.WorkerId);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ClassifyListedWork(work, MaternalRiskCalculator.PhaseOn(status, asOf.Date, options), asOf));
    }
}
