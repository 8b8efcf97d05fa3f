using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>
/// MAT-2 and MAT-12: one risk assessment per worker in the protection period — the highest tier of her findings and the
/// actions it calls for. A worker outside the period gets none (the status condition does not match).
/// </summary>
/// <remarks>
/// <para>When several continuation requests or physician forms are inserted for one worker, the first is used.</para>
/// <para>The findings it gathers are conclusions of the tier rules (noise, handling, lead, …). Its priority is below
/// theirs (the default, 0), so it fires once, after them, instead of once per finding with an assessment replaced each
/// time; the final assessment is the same either way.</para>
/// </remarks>
[Name("MAT-2 Maternal risk assessment"), Description("The worker's tier is the highest of her findings; actions by tier (辦法 §9, §11)."), Tag(Families.MaternalProtection)]
[Priority(-1)]
public sealed class MaternalRiskAssessmentRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalOptions options = default!;
        MaternalStatus status = default!;
        IEnumerable<HazardFinding> findings = default!;
        IEnumerable<ContinuationRequest> requests = default!;
        IEnumerable<PhysicianFindings> physicians = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => status, s => s.IsInProtectionPeriod(asOf.Date, options))
            .Query(() => findings, q => q.Match<HazardFinding>(f => f.SubjectId == status.WorkerId).Collect())
            .Query(() => requests, q => q.Match<ContinuationRequest>(r => r.WorkerId == status.WorkerId).Collect())
            .Query(() => physicians, q => q.Match<PhysicianFindings>(p => p.WorkerId == status.WorkerId).Collect());
        Then()
            .Yield(ctx => MaternalRiskCalculator.Assess(status, findings, asOf, options, requests.FirstOrDefault(), physicians.FirstOrDefault()));
    }
}
