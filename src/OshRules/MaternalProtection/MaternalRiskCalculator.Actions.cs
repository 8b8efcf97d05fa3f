using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

public static partial class MaternalRiskCalculator
{
    /// <summary>職業安全衛生法 §30 III: listed work is allowed after protective measures with the worker's written consent (經當事人書面同意者，不在此限).</summary>
    private static readonly Citation OshActWrittenConsent = new(LawName.OccupationalSafetyAndHealthAct, 30, 3);

    /// <summary>The overall tier (風險等級), MAT-2: the highest tier of the findings; tier 1 when none is tiered.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The tier.</returns>
    public static RiskTier OverallTier(IEnumerable<HazardFinding> findings)
    {
        var tier = RiskTier.Tier1;
        foreach (var f in Guard.NoNullElements(findings, "findings", "MAT-2"))
        {
            if (f.Tier is { } t && t > tier)
            {
                tier = t;
            }
        }

        return tier;
    }

    /// <summary>Why a physician's fitness-for-work assessment (適性評估) is needed, MAT-12.</summary>
    /// <param name="tier">The overall tier.</param>
    /// <param name="request">Her request to continue her work, if any.</param>
    /// <param name="health">Abnormal physician findings.</param>
    /// <returns>The reasons; <see cref="FitnessAssessmentReasons.None"/> when not needed.</returns>
    public static FitnessAssessmentReasons FitnessReasons(RiskTier tier, ContinuationRequest? request, PhysicianFindingFlags health)
    {
        Guard.Defined(tier, "tier", "MAT-12");
        Guard.Flags(health, "health", "MAT-12");
        return (request is null ? FitnessAssessmentReasons.None : FitnessAssessmentReasons.ContinuationRequested)
            | (tier == RiskTier.Tier3 ? FitnessAssessmentReasons.Tier3 : FitnessAssessmentReasons.None)
            | (health != PhysicianFindingFlags.None ? FitnessAssessmentReasons.AbnormalHealthFinding : FitnessAssessmentReasons.None);
    }

    /// <summary>
    /// The actions for a tier (分級管理措施), MAT-12 (辦法 §11 I): always explain the assessment; tier 1 — inform the worker;
    /// tier 2 — physician interview and guidance with hazard prevention; tier 3 — physician interview, improve the work
    /// environment with effective controls, re-assess after improvement, list the work she must not do. A fitness-for-work
    /// assessment is added when <paramref name="fitness"/> has a reason.
    /// </summary>
    /// <param name="tier">The overall tier.</param>
    /// <param name="fitness">Reasons for a fitness-for-work assessment.</param>
    /// <returns>The actions.</returns>
    public static ManagementActions ActionsFor(RiskTier tier, FitnessAssessmentReasons fitness)
    {
        Guard.Flags(fitness, "fitness", "MAT-12");
        var actions = ManagementActions.ExplainAssessment | tier switch
        {
            RiskTier.Tier1 => ManagementActions.InformWorker,
            RiskTier.Tier2 => ManagementActions.PhysicianInterview | ManagementActions.HazardPrevention,
            RiskTier.Tier3 => ManagementActions.PhysicianInterview | ManagementActions.ImproveWorkEnvironment
                | ManagementActions.ReassessAfterImprovement | ManagementActions.ListUnsuitableWork,
            _ => throw new OshValidationException("tier", "MAT-12", "is not a known tier"),
        };
        return fitness == FitnessAssessmentReasons.None ? actions : actions | ManagementActions.FitnessForWorkAssessment;
    }

    /// <summary>
    /// Whether she may keep her original work (維持原工作), MAT-12 (辦法 §11 II): at tiers 1–2 when a physician finds no harm
    /// and she consents in writing; at tier 3 the physician's fitness recommendation governs instead.
    /// </summary>
    /// <remarks>The written consent also rests on 職業安全衛生法 §30 III (書面同意), cited with the assessment.</remarks>
    /// <param name="tier">The overall tier.</param>
    /// <param name="request">Her request, if any.</param>
    /// <returns>The answer.</returns>
    public static OriginalWorkContinuation ContinuationFor(RiskTier tier, ContinuationRequest? request) => Guard.Defined(tier, "tier", "MAT-12") switch
    {
        _ when request is null => OriginalWorkContinuation.NotRequested,
        _ => ContinuationCore(tier, request),
    };

    private static OriginalWorkContinuation ContinuationCore(RiskTier tier, ContinuationRequest? request) => request switch
    {
        null => OriginalWorkContinuation.NotRequested,
        _ when tier == RiskTier.Tier3 => OriginalWorkContinuation.NotAtTier3,
        { PhysicianFindsNoHarm: false } => OriginalWorkContinuation.AwaitingPhysicianFinding,
        { WrittenConsentOn: null } => OriginalWorkContinuation.AwaitingWrittenConsent,
        _ => OriginalWorkContinuation.Permitted,
    };

    /// <summary>
    /// The assessment of a worker in the protection period (母性健康保護風險評估), MAT-2 and MAT-12, from findings already
    /// classified.
    /// </summary>
    /// <param name="status">The worker's maternal status.</param>
    /// <param name="findings">Her findings (all about her).</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The family options.</param>
    /// <param name="request">Her request to continue her work, if any.</param>
    /// <param name="physician">The physician's findings (附表三), if any.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="OshValidationException">She is outside the protection period, or an input is about someone else.</exception>
    public static MaternalRiskAssessment Assess(
        MaternalStatus status,
        IEnumerable<HazardFinding> findings,
        EvaluationDate asOf,
        MaternalOptions options,
        ContinuationRequest? request = null,
        PhysicianFindings? physician = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(options);
        findings = Guard.NoNullElements(findings, "findings", "MAT-2");
        var period = PeriodOn(status, asOf.Date, options);
        if (!period.IsProtected)
        {
            throw new OshValidationException("MaternalStatus", "MAT-1", "the worker is outside the protection period on the evaluation date");
        }

        var list = findings.ToImmutableArray();
        if (list.Any(f => f.SubjectId != status.WorkerId) || (request is not null && request.WorkerId != status.WorkerId)
            || (physician is not null && physician.WorkerId != status.WorkerId))
        {
            throw new OshValidationException("WorkerId", "MAT-2", "every finding, request and physician finding must be about the assessed worker");
        }

        var tier = OverallTier(list);
        var health = physician is null ? PhysicianFindingFlags.None : PhysicianFlags(physician, asOf.Date);
        var fitness = FitnessReasons(tier, request, health);

        List<Citation> basis = [.. period.Basis, MaternalParameters.Article(9), MaternalParameters.Article(11, 1, (int)tier)];
        if (request is not null)
        {
            basis.Add(MaternalParameters.Article(11, 2));
            basis.Add(OshActWrittenConsent);
        }

        if (fitness != FitnessAssessmentReasons.None)
        {
            basis.Add(new Citation(LawName.MaternalProtectionGuideline) { Note = "工作適性評估" });
        }

        foreach (var c in list.SelectMany(f => f.Basis))
        {
            if (!basis.Contains(c))
            {
                basis.Add(c);
            }
        }

        return new MaternalRiskAssessment
        {
            SubjectId = status.WorkerId,
            AssessedOn = asOf.Date,
            Period = period,
            IsBreastfeeding = status.IsBreastfeeding,
            Findings = list,
            OverallTier = tier,
            Actions = ActionsFor(tier, fitness),
            FitnessAssessment = fitness,
            Continuation = ContinuationFor(tier, request),
            HealthFindings = health,
            Options = options,
            Basis = basis,
        };
    }

    /// <summary>
    /// Classifies every exposure and assesses the worker (風險評估), or <see langword="null"/> when she is outside the
    /// protection period on the day: the whole of MAT-1 to MAT-12 in one call, as the engine rules do it.
    /// </summary>
    /// <param name="status">The worker's maternal status.</param>
    /// <param name="exposures">Her exposures.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The family options.</param>
    /// <param name="request">Her request to continue her work, if any.</param>
    /// <param name="physician">The physician's findings, if any.</param>
    /// <returns>The assessment, or <see langword="null"/> outside the period.</returns>
    public static MaternalRiskAssessment? Evaluate(
        MaternalStatus status,
        IEnumerable<MaternalHazardExposure> exposures,
        EvaluationDate asOf,
        MaternalOptions options,
        ContinuationRequest? request = null,
        PhysicianFindings? physician = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(asOf);
        exposures = Guard.NoNullElements(exposures, "exposures", "MAT-2");
        var phase = PhaseOn(status, asOf.Date, options);
        if (phase == ProtectionPhase.Outside)
        {
            return null;
        }

        var findings = exposures.SelectMany(e => Classify(e, phase, asOf));
        return Assess(status, findings, asOf, options, request, physician);
    }
}
