using System.Globalization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

public static partial class MaternalRiskCalculator
{
    private static readonly Citation DowngradeNote = MaternalParameters.Annex4 with { Note = "經採取母性健康保護措施，可改列第二級" };

    /// <summary>Every finding of one exposure (危害分級), MAT-3 to MAT-11; manual handling may give two (weight and judgement).</summary>
    /// <param name="exposure">The exposure.</param>
    /// <param name="phase">The worker's phase on the day; not <see cref="ProtectionPhase.Outside"/> for phase-dependent hazards.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<HazardFinding> Classify(MaternalHazardExposure exposure, ProtectionPhase phase, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        Guard.Defined(phase, "phase", "MAT-1");
        return exposure switch
        {
            NoiseExposure e => [ClassifyNoise(e, asOf)],
            BloodLeadLevel e => [ClassifyBloodLead(e, asOf)],
            AirLeadConcentration e => [ClassifyAirLead(e, asOf)],
            ChemicalExposure e => [ClassifyChemical(e, asOf)],
            SpecificChemicalExposure e => [ClassifySpecificChemical(e, asOf)],
            AbnormalPressureWork e => [ClassifyAbnormalPressure(e, asOf)],
            IonizingRadiationWork e => [ClassifyIonizingRadiation(e, asOf)],
            BiologicalExposure e => [ClassifyBiological(e, asOf)],
            ManualHandling e => (e.HasWeight, e.HasPhysicianJudgement) switch
            {
                (true, true) => [ClassifyHandlingWeight(e, phase, asOf), ClassifyHandlingJudgement(e, asOf)],
                (true, false) => [ClassifyHandlingWeight(e, phase, asOf)],
                _ => [ClassifyHandlingJudgement(e, asOf)],
            },
            ListedHazardousWork e => [ClassifyListedWork(e, phase, asOf)],
            _ => throw new ArgumentException("Unknown kind of exposure.", nameof(exposure)),
        };
    }

    /// <summary>Noise (噪音), MAT-3: TWA under 80 dBA → 1; 80 to under 85 → 2; 85 or over → 3 (附表四).</summary>
    /// <param name="exposure">The noise exposure.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    /// <remarks>80.0 dBA is tier 2 and 79.9 tier 1 exactly: measurements are compared as decimals.</remarks>
    public static HazardFinding ClassifyNoise(NoiseExposure exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        var t2 = MaternalParameters.NoiseTier2FromDba.At(asOf.Date);
        var t3 = MaternalParameters.NoiseTier3FromDba.At(asOf.Date);
        var (tier, reason) = exposure.Level >= t3.Value ? (RiskTier.Tier3, $"noise TWA {Num(exposure.Level)} dBA is {Num(t3.Value)} dBA or over")
            : exposure.Level >= t2.Value ? (RiskTier.Tier2, $"noise TWA {Num(exposure.Level)} dBA is from {Num(t2.Value)} to under {Num(t3.Value)} dBA")
            : (RiskTier.Tier1, $"noise TWA {Num(exposure.Level)} dBA is under {Num(t2.Value)} dBA");
        return Finish(new HazardFinding(exposure.WorkerId, HazardKind.Noise, tier, reason, [t2.Citation]), exposure, downgradable: false);
    }

    /// <summary>Blood lead (血中鉛濃度), MAT-4: under 5 µg/dL → 1; 5 to under 10 → 2; 10 or over → 3 (辦法 §10).</summary>
    /// <param name="exposure">The blood lead level.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding, with the physician's override applied and recorded when given.</returns>
    public static HazardFinding ClassifyBloodLead(BloodLeadLevel exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        var t2 = MaternalParameters.BloodLeadTier2From.At(asOf.Date);
        var t3 = MaternalParameters.BloodLeadTier3From.At(asOf.Date);
        var (tier, reason, citation) = exposure.Level >= t3.Value ? (RiskTier.Tier3, $"blood lead {Num(exposure.Level)} µg/dL is {Num(t3.Value)} µg/dL or over", t3.Citation)
            : exposure.Level >= t2.Value ? (RiskTier.Tier2, $"blood lead {Num(exposure.Level)} µg/dL is from {Num(t2.Value)} to under {Num(t3.Value)} µg/dL", t2.Citation)
            : (RiskTier.Tier1, $"blood lead {Num(exposure.Level)} µg/dL is under {Num(t2.Value)} µg/dL", MaternalParameters.Article(10, 1, 1));
        var finding = new HazardFinding(exposure.WorkerId, HazardKind.BloodLead, tier, reason, [citation, MaternalParameters.Annex4]);
        return Override(Finish(finding, exposure, downgradable: false), exposure.PhysicianOverride);
    }

    /// <summary>Air lead and its compounds (空氣中鉛及其化合物濃度), MAT-4: over 0.025 mg/m³ → 3; otherwise this row gives tier 1.</summary>
    /// <param name="exposure">The air lead concentration.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding, with the physician's override applied and recorded when given.</returns>
    public static HazardFinding ClassifyAirLead(AirLeadConcentration exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        var over = MaternalParameters.AirLeadTier3Over.At(asOf.Date);
        var (tier, reason) = exposure.Level > over.Value
            ? (RiskTier.Tier3, $"air lead {Num(exposure.Level)} mg/m³ is over {Num(over.Value)} mg/m³")
            : (RiskTier.Tier1, $"air lead {Num(exposure.Level)} mg/m³ is not over {Num(over.Value)} mg/m³");
        var finding = new HazardFinding(exposure.WorkerId, HazardKind.AirLead, tier, reason, [over.Citation, MaternalParameters.Annex4]);
        return Override(Finish(finding, exposure, downgradable: false), exposure.PhysicianOverride);
    }

    /// <summary>
    /// A hazardous chemical (危害性化學品), MAT-5: by the measured share of the permissible exposure limit when measured
    /// (under 1/10 → 1; 1/10 to under 1/2 → 2; 1/2 or over → 3, 辦法 §9), otherwise by its GHS classes (附表四: category 1
    /// reproductive toxicant or germ-cell mutagen → 3; another reproductive, mutagenic or lactation class → 2).
    /// </summary>
    /// <param name="exposure">The chemical exposure.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    /// <remarks>
    /// Law over table: 辦法 §9 I tiers the work of §3 (which includes category-1 substances) by the measured share of the
    /// PEL, so a measurement decides when there is one; 附表四's class row is the reference when no measurement exists.
    /// A chemical with no listed class and no measurement is tier 1 (nothing in 附表四 raises it).
    /// </remarks>
    public static HazardFinding ClassifyChemical(ChemicalExposure exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        RiskTier tier;
        string reason;
        List<Citation> basis = [];
        if (exposure is { Concentration: { } c, Limit: { } pel })
        {
            var s2 = MaternalParameters.PelShareTier2From.At(asOf.Date);
            var s3 = MaternalParameters.PelShareTier3From.At(asOf.Date);
            (tier, reason, var citation) = c >= pel * s3.Value ? (RiskTier.Tier3, "air concentration is half the PEL or more", s3.Citation)
                : c >= pel * s2.Value ? (RiskTier.Tier2, "air concentration is from a tenth to under half the PEL", s2.Citation)
                : (RiskTier.Tier1, "air concentration is under a tenth of the PEL", MaternalParameters.Article(9, 1, 1));
            basis.Add(citation);
        }
        else
        {
            const ChemicalHazardClasses category1 = ChemicalHazardClasses.ReproductiveToxicantCategory1 | ChemicalHazardClasses.GermCellMutagenCategory1;
            (tier, reason) = (exposure.Classes & category1) != 0 ? (RiskTier.Tier3, "category 1 reproductive toxicant or germ-cell mutagen")
                : exposure.Classes != ChemicalHazardClasses.None ? (RiskTier.Tier2, "reproductive toxicant, germ-cell mutagen or lactation hazard")
                : (RiskTier.Tier1, "no reproductive, mutagenic or lactation class and no measurement");
        }

        basis.Add(MaternalParameters.Annex4);
        if (exposure.CasNumber is { } cas && ReproductiveToxicants.Find(cas) is not null)
        {
            basis.Add(MaternalParameters.Appendix1);
            reason += $" (CAS {cas} is listed in 附錄一)";
        }

        return Finish(new HazardFinding(exposure.WorkerId, HazardKind.HazardousChemical, tier, reason, basis), exposure, downgradable: false);
    }

    /// <summary>
    /// One of the seven chemicals of 附表四 (表定規定值), MAT-6: a concentration over its value → 3, downgradable;
    /// at or under it this row gives tier 1.
    /// </summary>
    /// <param name="exposure">The exposure.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    public static HazardFinding ClassifySpecificChemical(SpecificChemicalExposure exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        var limit = MaternalParameters.SpecificChemicalLimit(exposure.Chemical).At(asOf.Date);
        var value = limit.Value.In(exposure.Unit)
            ?? throw new OshValidationException("SpecificChemicalExposure.Unit", "MAT-6", $"{exposure.Chemical} has no limit in {exposure.Unit}");
        var unit = exposure.Unit == ConcentrationUnit.Ppm ? "ppm" : "mg/m³";
        var (tier, reason) = exposure.Level > value
            ? (RiskTier.Tier3, $"{exposure.Chemical} {Num(exposure.Level)} {unit} is over {Num(value)} {unit}")
            : (RiskTier.Tier1, $"{exposure.Chemical} {Num(exposure.Level)} {unit} is not over {Num(value)} {unit}");
        var finding = new HazardFinding(exposure.WorkerId, HazardKind.SpecificChemical, tier, reason, [limit.Citation, MaternalParameters.Annex4]);
        return Finish(finding, exposure, downgradable: true);
    }

    /// <summary>Abnormal pressure (異常氣壓作業), MAT-7: hyperbaric-chamber or diving work → 3.</summary>
    /// <param name="exposure">The exposure.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    public static HazardFinding ClassifyAbnormalPressure(AbnormalPressureWork exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        var finding = new HazardFinding(exposure.WorkerId, HazardKind.AbnormalPressure, RiskTier.Tier3, $"abnormal-pressure work ({exposure.Kind})", [MaternalParameters.Annex4]);
        return Finish(finding, exposure, downgradable: false);
    }

    /// <summary>Ionizing radiation (游離輻射), MAT-7: not tiered here; referred to 游離輻射防護安全標準 (辦法 §9 II:
    /// 前項規定對於有害輻射散布場所之工作，應依游離輻射防護安全標準之規定辦理).</summary>
    /// <param name="exposure">The exposure.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding, with no tier.</returns>
    public static HazardFinding ClassifyIonizingRadiation(IonizingRadiationWork exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        return new HazardFinding(
            exposure.WorkerId,
            HazardKind.IonizingRadiation,
            null,
            "ionizing radiation is not tiered by 附表四: apply 游離輻射防護安全標準",
            [MaternalParameters.Article(9, 2), new Citation(LawName.IonizingRadiationStandards), MaternalParameters.Annex4])
        {
            Source = exposure,
            SourceId = exposure.Id,
        };
    }

    /// <summary>
    /// A biological agent (生物性危害), MAT-8 (附表四): toxoplasma → 3; rubella or varicella → 2 with immunity, 3 without;
    /// hepatitis B → 2 with immunity; hepatitis B without immunity, hepatitis C and HIV → 3 with blood or body-fluid
    /// contact, 2 without; tuberculosis → by the physician (may affect → 2, harmful → 3, no harm → 1).
    /// </summary>
    /// <param name="exposure">The exposure.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    /// <remarks>Unknown immunity counts as none (precautionary). Hepatitis B with immunity is tier 2 even with blood
    /// contact: 附表四's tier-2 row for immune workers is the specific case.</remarks>
    public static HazardFinding ClassifyBiological(BiologicalExposure exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        var immune = exposure.HasImmunity == true;
        var immunityText = exposure.HasImmunity switch
        {
            true => "with immunity",
            false => "without immunity",
            null => "immunity unknown, counted as none",
        };
        var contact = exposure.BloodOrBodyFluidContact == true;
        var (tier, reason) = exposure.Agent switch
        {
            BiologicalAgent.Toxoplasma => (RiskTier.Tier3, "toxoplasma"),
            BiologicalAgent.Rubella or BiologicalAgent.Varicella => (immune ? RiskTier.Tier2 : RiskTier.Tier3, $"{exposure.Agent} {immunityText}"),
            BiologicalAgent.HepatitisB when immune => (RiskTier.Tier2, "HepatitisB with immunity"),
            BiologicalAgent.HepatitisB or BiologicalAgent.HepatitisC or BiologicalAgent.Hiv =>
                (contact ? RiskTier.Tier3 : RiskTier.Tier2, $"{exposure.Agent} {(contact ? "with" : "without")} blood or body-fluid exposure"),
            _ => (JudgementTier(exposure.PhysicianJudgement!.Value), $"tuberculosis judged {exposure.PhysicianJudgement} by a physician"),
        };
        return Finish(new HazardFinding(exposure.WorkerId, HazardKind.Biological, tier, reason, [MaternalParameters.Annex4]), exposure, downgradable: false);
    }

    /// <summary>Manual handling judged by a physician (人工重物處理，經醫師評估), MAT-9: may affect → 2, harmful → 3, no harm → 1 (辦法 §9).</summary>
    /// <param name="exposure">The exposure; must carry a judgement.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    public static HazardFinding ClassifyHandlingJudgement(ManualHandling exposure, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        var judgement = exposure.PhysicianJudgement
            ?? throw new OshValidationException("ManualHandling.PhysicianJudgement", "MAT-9", "must be given to classify by the physician's judgement");
        var tier = JudgementTier(judgement);
        var finding = new HazardFinding(
            exposure.WorkerId,
            HazardKind.ManualHandlingJudgement,
            tier,
            $"manual handling judged {judgement} by a physician",
            [MaternalParameters.Article(9, 1, (int)tier), MaternalParameters.Annex4]);
        return Finish(finding, exposure, downgradable: false);
    }

    /// <summary>
    /// Handling weight against the limits (一定重量以上重物處理), MAT-9: at or over the phase's limit (以上) → 3, downgradable;
    /// under it → 1. Limits in kg, intermittent / continuous: pregnant 10 / 6; under six months after delivery 15 / 10;
    /// six months to under one year 30 / 20. After the year (breastfeeding coverage) no limit applies.
    /// </summary>
    /// <param name="exposure">The exposure; must carry a weight.</param>
    /// <param name="phase">The worker's phase; not <see cref="ProtectionPhase.Outside"/>.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    public static HazardFinding ClassifyHandlingWeight(ManualHandling exposure, ProtectionPhase phase, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        RequireProtected(phase, "MAT-9");
        var weight = exposure.Weight
            ?? throw new OshValidationException("ManualHandling.WeightKg", "MAT-9", "must be given to classify by the weight limits");
        var mode = exposure.Mode!.Value;
        if (MaternalParameters.HandlingLimit(phase) is not { } parameter)
        {
            var none = new HazardFinding(exposure.WorkerId, HazardKind.ManualHandlingWeight, RiskTier.Tier1, $"no weight limit applies in phase {phase}", [MaternalParameters.Annex4]);
            return Finish(none, exposure, downgradable: false);
        }

        var limit = parameter.At(asOf.Date);
        var value = limit.Value.For(mode);
        var (tier, reason) = weight >= value
            ? (RiskTier.Tier3, $"{mode} handling of {Num(weight)} kg is at or over the {Num(value)} kg limit while {phase}")
            : (RiskTier.Tier1, $"{mode} handling of {Num(weight)} kg is under the {Num(value)} kg limit while {phase}");
        var finding = new HazardFinding(exposure.WorkerId, HazardKind.ManualHandlingWeight, tier, reason, [limit.Citation, MaternalParameters.Annex4]);
        return Finish(finding, exposure, downgradable: true);
    }

    /// <summary>
    /// Listed dangerous or harmful work (危險性或有害性工作), MAT-10: work of the listing standard's 附表二 while pregnant,
    /// or of 附表三 in the year after delivery → 3, downgradable; listed only for the other phase → 1.
    /// </summary>
    /// <param name="exposure">The exposure.</param>
    /// <param name="phase">The worker's phase; not <see cref="ProtectionPhase.Outside"/>.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The finding.</returns>
    public static HazardFinding ClassifyListedWork(ListedHazardousWork exposure, ProtectionPhase phase, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(asOf);
        RequireProtected(phase, "MAT-10");
        var applies = exposure.Table switch
        {
            ListedWorkTable.Annex2Pregnant => phase == ProtectionPhase.Pregnant,
            _ => phase is ProtectionPhase.Under6MonthsAfterDelivery or ProtectionPhase.SixMonthsToUnder1YearAfterDelivery,
        };
        var table = exposure.Table == ListedWorkTable.Annex2Pregnant ? MaternalParameters.ListingAnnex2 : MaternalParameters.ListingAnnex3;
        var (tier, reason) = applies
            ? (RiskTier.Tier3, $"work \"{exposure.Item}\" listed in {table.Annex} of the listing standard for phase {phase}")
            : (RiskTier.Tier1, $"work \"{exposure.Item}\" listed in {table.Annex} does not concern phase {phase}");
        var finding = new HazardFinding(
            exposure.WorkerId,
            HazardKind.ListedHazardousWork,
            tier,
            reason,
            [new Citation(LawName.OccupationalSafetyAndHealthAct, 30), table, MaternalParameters.Annex4]);
        return Finish(finding, exposure, downgradable: applies);
    }

    private static RiskTier JudgementTier(PhysicianJudgement judgement) => judgement switch
    {
        PhysicianJudgement.Harmful => RiskTier.Tier3,
        PhysicianJudgement.MayAffect => RiskTier.Tier2,
        _ => RiskTier.Tier1,
    };

    private static void RequireProtected(ProtectionPhase phase, string rule)
    {
        if (phase == ProtectionPhase.Outside || !Enum.IsDefined(phase))
        {
            throw new OshValidationException("phase", rule, "the worker must be in the protection period");
        }
    }

    /// <summary>Marks a finding downgradable and applies MAT-11 when its measures were taken: tier 3 → 2, recorded.</summary>
    private static HazardFinding Finish(HazardFinding finding, MaternalHazardExposure exposure, bool downgradable)
    {
        var marked = finding with { IsDowngradable = downgradable, Source = exposure, SourceId = exposure.Id };
        if (!downgradable || finding.TableTier != RiskTier.Tier3 || exposure.Measures != ProtectionMeasures.Taken)
        {
            return marked;
        }

        return marked with
        {
            Tier = RiskTier.Tier2,
            Downgrade = "maternal-protection measures taken: re-classified from tier 3 to tier 2 (附表四 註)",
            Basis = [.. finding.Basis, DowngradeNote],
        };
    }

    /// <summary>Applies a physician's override of a lead finding (MAT-4, 辦法 §10), recording it.</summary>
    private static HazardFinding Override(HazardFinding finding, PhysicianTierOverride? physician) =>
        physician is null
            ? finding
            : finding with
            {
                Tier = physician.Tier,
                PhysicianOverride = physician,
                Basis = [.. finding.Basis, MaternalParameters.Article(10) with { Note = "經醫師評估須調整風險等級者" }],
            };

    private static string Num(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
