using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Work with exposure to a biological agent (生物性危害作業), MAT-8, with the facts the tier depends on.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// What must be given depends on the agent: hepatitis C and HIV need <see cref="BloodOrBodyFluidContact"/>; hepatitis B
/// needs it unless the worker is immune; tuberculosis needs <see cref="PhysicianJudgement"/>. Unknown immunity
/// (<see langword="null"/>) counts as no immunity (無免疫力), the precautionary reading; the finding says so.
/// </remarks>
public sealed record BiologicalExposure : MaternalHazardExposure
{
    private const string Rule = "MAT-8";

    /// <summary>Creates the exposure.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="agent">The agent.</param>
    /// <param name="hasImmunity">Whether the worker is immune (vaccinated or with antibodies; 具免疫力), when known.</param>
    /// <param name="bloodOrBodyFluidContact">Whether the work carries a risk of blood or body-fluid infection (血液或體液風險感染).</param>
    /// <param name="physicianJudgement">The physician's judgement, required for tuberculosis.</param>
    public BiologicalExposure(
        string workerId,
        BiologicalAgent agent,
        bool? hasImmunity = null,
        bool? bloodOrBodyFluidContact = null,
        PhysicianJudgement? physicianJudgement = null)
        : base(workerId, Rule)
    {
        Agent = Guard.Defined(agent, "BiologicalExposure.Agent", Rule);
        if (physicianJudgement is { } j)
        {
            Guard.Defined(j, "BiologicalExposure.PhysicianJudgement", Rule);
        }

        var needsContact = agent is BiologicalAgent.HepatitisC or BiologicalAgent.Hiv
            || (agent == BiologicalAgent.HepatitisB && hasImmunity != true);
        if (needsContact && bloodOrBodyFluidContact is null)
        {
            throw new OshValidationException("BiologicalExposure.BloodOrBodyFluidContact", Rule, $"must be given for {agent}");
        }

        if (agent == BiologicalAgent.Tuberculosis && physicianJudgement is null)
        {
            throw new OshValidationException("BiologicalExposure.PhysicianJudgement", Rule, "must be given for Tuberculosis");
        }

        HasImmunity = hasImmunity;
        BloodOrBodyFluidContact = bloodOrBodyFluidContact;
        PhysicianJudgement = physicianJudgement;
    }

    /// <summary>The agent (微生物).</summary>
    public BiologicalAgent Agent { get; }

    /// <summary>Whether the worker is immune (具免疫力); <see langword="null"/> when unknown.</summary>
    public bool? HasImmunity { get; }

    /// <summary>Whether the work carries blood or body-fluid infection risk (會有血液或體液風險感染之工作).</summary>
    public bool? BloodOrBodyFluidContact { get; }

    /// <summary>The physician's judgement (醫師評估), for tuberculosis.</summary>
    public PhysicianJudgement? PhysicianJudgement { get; }
}
