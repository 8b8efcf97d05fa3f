using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

public static partial class MaternalRiskCalculator
{
    /// <summary>
    /// Risk factors of the self-assessment 附表二 (妊娠及分娩後風險因子), MAT-14: age under 18 or over 40; pre-pregnancy weight
    /// under 45 kg or height under 150 cm; smoking; alcohol; medication; no regular prenatal checks; multiple pregnancy;
    /// a listed past illness; anxiety, depression or insomnia; bleeding, abdominal pain or cramps.
    /// </summary>
    /// <param name="form">The self-assessment.</param>
    /// <param name="date">The day (for the parameters in force).</param>
    /// <returns>The flags.</returns>
    /// <remarks>"大於40歲" is read as over 40 (41 or older); 45 kg and 150 cm themselves are not flagged (未滿).</remarks>
    public static SelfAssessmentFlags SelfAssessmentFlagsOf(SelfAssessment form, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(form);
        var flags = SelfAssessmentFlags.None;
        if (form.AgeYears < MaternalParameters.SelfAgeUnder.ValueAt(date) || form.AgeYears > MaternalParameters.SelfAgeOver.ValueAt(date))
        {
            flags |= SelfAssessmentFlags.Age;
        }

        if ((form.PrePregnancyWeightKg is { } w && (decimal)w < MaternalParameters.SelfWeightUnderKg.ValueAt(date))
            || (form.HeightCm is { } h && (decimal)h < MaternalParameters.SelfHeightUnderCm.ValueAt(date)))
        {
            flags |= SelfAssessmentFlags.BodySize;
        }

        flags |= form.Smoking ? SelfAssessmentFlags.Smoking : 0;
        flags |= form.Alcohol ? SelfAssessmentFlags.Alcohol : 0;
        flags |= form.Medication ? SelfAssessmentFlags.Medication : 0;
        flags |= form.NoRegularPrenatalChecks ? SelfAssessmentFlags.NoRegularPrenatalChecks : 0;
        flags |= form.MultiplePregnancy ? SelfAssessmentFlags.MultiplePregnancy : 0;
        flags |= form.History != MedicalHistory.None ? SelfAssessmentFlags.MedicalHistory : 0;
        flags |= form.MentalHealth != MentalHealth.None ? SelfAssessmentFlags.MentalHealth : 0;
        flags |= form.Symptoms != Symptoms.None ? SelfAssessmentFlags.Symptoms : 0;
        return flags;
    }

    /// <summary>
    /// Abnormal findings of the physician's form 附表三 (健康狀況異常), MAT-15: haemoglobin under 12 g/dL; proteinuria over
    /// 300 mg/24 h; blood pressure over 140/90 mmHg, or systolic up 30 / diastolic up 15 from early pregnancy; more than 4
    /// contractions an hour; fetal growth restriction (over 37 weeks and 2500 g or less); threatened abortion before 22
    /// weeks or preterm labour from 22 weeks.
    /// </summary>
    /// <param name="form">The physician's findings.</param>
    /// <param name="date">The day (for the parameters in force).</param>
    /// <returns>The flags.</returns>
    /// <remarks>Threatened labour without the gestation week is flagged as threatened preterm labour only when the week
    /// is known; without it, both cannot be told apart and <see cref="PhysicianFindingFlags.ThreatenedAbortion"/> is set
    /// (the earlier, more cautious reading).</remarks>
    public static PhysicianFindingFlags PhysicianFlags(PhysicianFindings form, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(form);
        Guard.Plausible(date, "date", "MAT-11");
        var flags = PhysicianFindingFlags.None;
        if (form.HaemoglobinGramsPerDecilitre is { } hb && (decimal)hb < MaternalParameters.HaemoglobinUnder.ValueAt(date))
        {
            flags |= PhysicianFindingFlags.Anaemia;
        }

        if (form.ProteinuriaMilligramsPer24Hours is { } pr && (decimal)pr > MaternalParameters.ProteinuriaOverMg.ValueAt(date))
        {
            flags |= PhysicianFindingFlags.Proteinuria;
        }

        var high = (form.SystolicMmHg is { } s && (decimal)s > MaternalParameters.SystolicOver.ValueAt(date))
            || (form.DiastolicMmHg is { } d && (decimal)d > MaternalParameters.DiastolicOver.ValueAt(date))
            || (form is { SystolicMmHg: { } s1, EarlySystolicMmHg: { } s0 } && (decimal)s1 - (decimal)s0 >= MaternalParameters.SystolicRiseAtLeast.ValueAt(date))
            || (form is { DiastolicMmHg: { } d1, EarlyDiastolicMmHg: { } d0 } && (decimal)d1 - (decimal)d0 >= MaternalParameters.DiastolicRiseAtLeast.ValueAt(date));
        flags |= high ? PhysicianFindingFlags.Hypertension : 0;

        if (form.ContractionsPerHour is { } c && (decimal)c > MaternalParameters.ContractionsPerHourOver.ValueAt(date))
        {
            flags |= PhysicianFindingFlags.FrequentContractions;
        }

        if (form is { GestationWeeks: { } gw, FetalWeightGrams: { } fw }
            && (decimal)gw > MaternalParameters.GrowthRestrictionWeeksOver.ValueAt(date)
            && (decimal)fw <= MaternalParameters.GrowthRestrictionWeightAtMostGrams.ValueAt(date))
        {
            flags |= PhysicianFindingFlags.FetalGrowthRestriction;
        }

        if (form.ThreatenedLabour)
        {
            flags |= form.GestationWeeks is { } weeks && (decimal)weeks >= MaternalParameters.PretermLabourFromWeeks.ValueAt(date)
                ? PhysicianFindingFlags.ThreatenedPretermLabour
                : PhysicianFindingFlags.ThreatenedAbortion;
        }

        return flags;
    }

    /// <summary>
    /// Whether an employer must run a maternal-protection programme (母性健康保護計畫), MAT-18 (辦法 §5 III): a workforce at or
    /// over the threshold in force (以上): 300 from 2015, 100 from 2021-03-01, 50 from 2024-07-01.
    /// </summary>
    /// <param name="establishment">The establishment and its workforce.</param>
    /// <param name="asOf">The evaluation date; the duty is decided on it unless the establishment gives the day it counted its workers.</param>
    /// <returns>The answer, with the threshold in force that day and its version.</returns>
    /// <remarks>Below the threshold the employer still follows the guideline for work of 辦法 §3 and §5 I–II; only the
    /// written programme is tied to size.</remarks>
    /// <exception cref="OshValidationException">The count date is after the evaluation date, or the day is before the regulations (2015-01-01).</exception>
    public static MaternalProgrammeDuty ProgrammeDuty(MaternalEstablishment establishment, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        ArgumentNullException.ThrowIfNull(asOf);
        var date = establishment.CountedOn is { } counted
            ? Guard.NotAfter(counted, asOf.Date, "MaternalEstablishment.CountedOn", "the evaluation date", "MAT-18")
            : asOf.Date;
        if (date < MaternalParameters.ProgrammeWorkforceAtLeast.FirstEffective)
        {
            throw new OshValidationException(
                establishment.CountedOn is null ? "date" : "MaternalEstablishment.CountedOn", "MAT-18", "is before the regulations took effect (2015-01-01)");
        }

        var threshold = MaternalParameters.ProgrammeWorkforceAtLeast.At(date);
        return new MaternalProgrammeDuty(establishment.Id, date, establishment.WorkerCount, threshold, establishment.WorkerCount >= threshold.Value);
    }

    /// <summary>The earliest day a record made on <paramref name="recordDate"/> may be discarded after (至少保存三年), MAT-17 (辦法 §14).</summary>
    /// <param name="recordDate">The day the record was made.</param>
    /// <returns>The last day of the three-year period (民法 §121); keep it at least until then.</returns>
    public static DateOnly RecordsKeptUntil(DateOnly recordDate) =>
        CivilCode.PeriodEndAfter(recordDate, MaternalParameters.RecordRetention.ValueAt(recordDate));

    /// <summary>
    /// The counts of the execution record 附表六 (母性健康保護執行紀錄表), MAT-17, over many workers' results: women, women aged
    /// 15–49, pregnant and breastfeeding workers, physician interviews needed and done, fitness assessments, work
    /// arrangements, hazard items from the checklists and assessments by tier.
    /// </summary>
    /// <param name="asOf">The day of the count.</param>
    /// <param name="workers">The roster.</param>
    /// <param name="assessments">The assessments on that day.</param>
    /// <param name="followUps">What was done (interviews, arrangements); optional.</param>
    /// <param name="checklists">Completed checklists 附表一; optional.</param>
    /// <returns>The counts.</returns>
    /// <remarks>Ages follow the Civil Code on <paramref name="asOf"/>; a worker born after that day is not counted.
    /// An interview counts as done for a worker who needs one when a follow-up records an interview on or before
    /// <paramref name="asOf"/>.</remarks>
    public static MaternalExecutionRecord ExecutionRecord(
        DateOnly asOf,
        IEnumerable<Worker> workers,
        IEnumerable<MaternalRiskAssessment> assessments,
        IEnumerable<MaternalFollowUp>? followUps = null,
        IEnumerable<ChecklistResponse>? checklists = null)
    {
        var workerList = Guard.NoNullElements(workers, "workers", "MAT-17");
        var list = Guard.NoNullElements(assessments, "assessments", "MAT-17").ToList();
        var follow = Guard.NoNullElements(followUps ?? [], "followUps", "MAT-17").ToList();
        var responses = Guard.NoNullElements(checklists ?? [], "checklists", "MAT-17").ToList();
        var from = MaternalParameters.ReproductiveAgeFrom.ValueAt(asOf);
        var to = MaternalParameters.ReproductiveAgeAtMost.ValueAt(asOf);
        var women = workerList.Where(w => w.Sex == Sex.Female && w.BirthDate <= asOf).ToList();
        var interviewed = follow.Where(f => f.PhysicianInterviewOn is { } d && d <= asOf).Select(f => f.WorkerId).ToHashSet(StringComparer.Ordinal);
        var needing = list.Where(a => a.Actions.HasFlag(ManagementActions.PhysicianInterview)).Select(a => a.SubjectId).ToHashSet(StringComparer.Ordinal);
        var adjustments = follow.GroupBy(f => f.WorkerId, StringComparer.Ordinal)
            .Select(g => g.Aggregate(WorkAdjustments.None, (acc, f) => acc | f.Adjustments)).ToList();

        return new MaternalExecutionRecord
        {
            AsOf = asOf,
            HazardItems = Enum.GetValues<ChecklistGroup>().ToImmutableSortedDictionary(g => g, g => responses.Sum(r => r.HazardCount(g))),
            Tiers = Enum.GetValues<RiskTier>().ToImmutableSortedDictionary(t => t, t => list.Count(a => a.OverallTier == t)),
            Women = women.Count,
            WomenOfReproductiveAge = women.Count(w => w.AgeOn(asOf) is var age && age >= from && age <= to),
            Pregnant = list.Count(a => a.Period.Phase == ProtectionPhase.Pregnant),
            Breastfeeding = list.Count(a => a.IsBreastfeeding),
            PhysicianInterviewsNeeded = needing.Count,
            PhysicianInterviewsDone = needing.Count(interviewed.Contains),
            FitnessAssessmentsNeeded = list.Count(a => a.FitnessAssessment != FitnessAssessmentReasons.None),
            ReducedHours = adjustments.Count(a => a.HasFlag(WorkAdjustments.ReducedHours)),
            ChangedWork = adjustments.Count(a => a.HasFlag(WorkAdjustments.ChangedWork)),
            Leave = adjustments.Count(a => a.HasFlag(WorkAdjustments.Leave)),
            OtherAdjustments = adjustments.Count(a => a.HasFlag(WorkAdjustments.Other)),
            Basis = [MaternalParameters.Annex6, MaternalParameters.RecordRetention.At(asOf).Citation],
        };
    }
}
