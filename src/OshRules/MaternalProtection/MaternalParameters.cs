using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// Every threshold of maternal health protection (母性健康保護之法定參數) as a dated value with its citation. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Article numbers follow the current text of 女性勞工母性健康保護實施辦法 (the 113.05.31 amendment as recalled;
/// see the family README for what was not verified). Thresholds of the guideline's tables (附表) are dated from the
/// regulations' first effective day, 2015-01-01: the guideline's earlier versions are not encoded.</para>
/// <para>Boundary words: 以上 is ≥ (<c>From</c>/<c>AtLeast</c>), 未滿/未達/低於 is &lt; (<c>Under</c>), 超過 is &gt; (<c>Over</c>).</para>
/// </remarks>
public static class MaternalParameters
{
    /// <summary>The day these parameters were last checked against the law.</summary>
    public static readonly DateOnly CheckedOn = new(2026, 11, 23);

    /// <summary>The first day the regulations applied (104.01.01).</summary>
    public static readonly DateOnly RegulationsEffective = new(2015, 1, 1);

    /// <summary>The regulations, 女性勞工母性健康保護實施辦法.</summary>
    private static readonly LawName Regs = LawName.MaternalHealthProtectionRules;

    /// <summary>The guideline's 附表四 (風險危害分級參考表).</summary>
    internal static readonly Citation Annex4 = new Citation(LawName.MaternalProtectionGuideline).WithAnnex("附表四", "Annex 4");

    /// <summary>The guideline's 附表一 (危害評估表).</summary>
    internal static readonly Citation Annex1 = new Citation(LawName.MaternalProtectionGuideline).WithAnnex("附表一", "Annex 1");

    /// <summary>The guideline's 附表二 (自我評估表).</summary>
    internal static readonly Citation Annex2 = new Citation(LawName.MaternalProtectionGuideline).WithAnnex("附表二", "Annex 2");

    /// <summary>The guideline's 附表三 (健康及工作適性評估建議表).</summary>
    internal static readonly Citation Annex3 = new Citation(LawName.MaternalProtectionGuideline).WithAnnex("附表三", "Annex 3");

    /// <summary>The guideline's 附表六 (執行紀錄表).</summary>
    internal static readonly Citation Annex6 = new Citation(LawName.MaternalProtectionGuideline).WithAnnex("附表六", "Annex 6");

    /// <summary>The guideline's 附錄一 (具有生殖毒性、生殖細胞致突變性物質).</summary>
    internal static readonly Citation Appendix1 = new Citation(LawName.MaternalProtectionGuideline).WithAnnex("附錄一", "Appendix 1");

    /// <summary>The listing standard's 附表二 (pregnant workers).</summary>
    internal static readonly Citation ListingAnnex2 = new Citation(LawName.HazardousWorkListingStandard).WithAnnex("附表二", "Annex 2");

    /// <summary>The listing standard's 附表三 (workers under one year after delivery).</summary>
    internal static readonly Citation ListingAnnex3 = new Citation(LawName.HazardousWorkListingStandard).WithAnnex("附表三", "Annex 3");

    /// <summary>Protection lasts until one year after delivery (分娩後一年), 辦法 §2 ②; MAT-1.</summary>
    public static DatedParameter<CalendarPeriod> ProtectionAfterDelivery { get; } =
        One("Maternal.ProtectionAfterDelivery", CalendarPeriod.OfYears(1), new Citation(Regs, 2, item: 2));

    /// <summary>The early post-delivery phase lasts six months (分娩未滿六個月), listing standard 附表三; MAT-9.</summary>
    public static DatedParameter<CalendarPeriod> EarlyPostpartumPeriod { get; } =
        One("Maternal.EarlyPostpartumPeriod", CalendarPeriod.OfMonths(6), ListingAnnex3);

    /// <summary>Noise 8-h TWA from which tier 2 applies, 80 dBA (80 分貝以上), 附表四; MAT-3.</summary>
    public static DatedParameter<decimal> NoiseTier2FromDba { get; } = One("Maternal.NoiseTier2FromDba", 80m, Annex4);

    /// <summary>Noise 8-h TWA from which tier 3 applies, 85 dBA (≥ 85 分貝), 附表四; MAT-3.</summary>
    public static DatedParameter<decimal> NoiseTier3FromDba { get; } = One("Maternal.NoiseTier3FromDba", 85m, Annex4);

    /// <summary>Blood lead from which tier 2 applies, 5 µg/dL (5µg/dl 以上), 辦法 §10 ②; MAT-4.</summary>
    public static DatedParameter<decimal> BloodLeadTier2From { get; } =
        One("Maternal.BloodLeadTier2From", 5m, new Citation(Regs, 10, 1, 2));

    /// <summary>Blood lead from which tier 3 applies, 10 µg/dL (10µg/dl 以上), 辦法 §10 ③; MAT-4.</summary>
    public static DatedParameter<decimal> BloodLeadTier3From { get; } =
        One("Maternal.BloodLeadTier3From", 10m, new Citation(Regs, 10, 1, 3));

    /// <summary>Air lead over which tier 3 applies, 0.025 mg/m³ (超過), 辦法 §10 ③; MAT-4.</summary>
    public static DatedParameter<decimal> AirLeadTier3Over { get; } =
        One("Maternal.AirLeadTier3Over", 0.025m, new Citation(Regs, 10, 1, 3));

    /// <summary>Share of the PEL from which tier 2 applies, 1/10 (十分之一以上), 辦法 §9 ②; MAT-5.</summary>
    public static DatedParameter<decimal> PelShareTier2From { get; } =
        One("Maternal.PelShareTier2From", 0.1m, new Citation(Regs, 9, 1, 2));

    /// <summary>Share of the PEL from which tier 3 applies, 1/2 (二分之一以上), 辦法 §9 ③; MAT-5.</summary>
    public static DatedParameter<decimal> PelShareTier3From { get; } =
        One("Maternal.PelShareTier3From", 0.5m, new Citation(Regs, 9, 1, 3));

    /// <summary>Handling weight limits while pregnant: 10 kg intermittent, 6 kg continuous (妊娠中), listing standard 附表二; MAT-9.</summary>
    public static DatedParameter<HandlingWeightLimit> HandlingLimitPregnant { get; } =
        One("Maternal.HandlingLimitPregnant", new HandlingWeightLimit(10m, 6m), ListingAnnex2);

    /// <summary>Handling weight limits under six months after delivery: 15 / 10 kg (分娩未滿六個月者), listing standard 附表三; MAT-9.</summary>
    public static DatedParameter<HandlingWeightLimit> HandlingLimitUnder6Months { get; } =
        One("Maternal.HandlingLimitUnder6Months", new HandlingWeightLimit(15m, 10m), ListingAnnex3);

    /// <summary>Handling weight limits from six months to under one year after delivery: 30 / 20 kg (分娩滿六個月但未滿一年者), listing standard 附表三; MAT-9.</summary>
    public static DatedParameter<HandlingWeightLimit> HandlingLimit6MonthsToUnder1Year { get; } =
        One("Maternal.HandlingLimit6MonthsToUnder1Year", new HandlingWeightLimit(30m, 20m), ListingAnnex3);

    /// <summary>Carbon disulfide: 5 ppm / 15.5 mg/m³; MAT-6.</summary>
    public static DatedParameter<ChemicalLimit> CarbonDisulfideLimit { get; } = Chem("CarbonDisulfide", 5m, 15.5m);

    /// <summary>Trichloroethylene: 25 ppm / 134.5 mg/m³; MAT-6.</summary>
    public static DatedParameter<ChemicalLimit> TrichloroethyleneLimit { get; } = Chem("Trichloroethylene", 25m, 134.5m);

    /// <summary>Ethylene oxide: 0.5 ppm / 0.9 mg/m³; MAT-6.</summary>
    public static DatedParameter<ChemicalLimit> EthyleneOxideLimit { get; } = Chem("EthyleneOxide", 0.5m, 0.9m);

    /// <summary>Acrylamide: 0.015 mg/m³ (no ppm value); MAT-6.</summary>
    public static DatedParameter<ChemicalLimit> AcrylamideLimit { get; } = Chem("Acrylamide", null, 0.015m);

    /// <summary>Ethyleneimine: 0.25 ppm / 0.44 mg/m³; MAT-6.</summary>
    public static DatedParameter<ChemicalLimit> EthyleneimineLimit { get; } = Chem("Ethyleneimine", 0.25m, 0.44m);

    /// <summary>Arsenic and inorganic compounds as As: 0.005 mg/m³; MAT-6.</summary>
    public static DatedParameter<ChemicalLimit> ArsenicInorganicLimit { get; } = Chem("ArsenicInorganic", null, 0.005m);

    /// <summary>Mercury and inorganic compounds as Hg: 0.025 mg/m³; MAT-6.</summary>
    public static DatedParameter<ChemicalLimit> MercuryInorganicLimit { get; } = Chem("MercuryInorganic", null, 0.025m);

    /// <summary>The employer size from which the programme is a duty (事業單位勞工人數在 N 人以上): 300, 100 from 2021-03-01, 50 from 2024-07-01, 辦法 §5 III; MAT-18.</summary>
    /// <remarks>
    /// 以上 is ≥: an employer with exactly the threshold must have a programme. The 100-worker text is that of the
    /// 109.09.16 amendment. The 50-worker value from 2024-07-01 is DOMAIN.md's: a copy of §5 III seen while encoding
    /// (law.moj.gov.tw, date of copy unknown) still reads 一百人以上, and the 113.05.31 amendment it is attached to here
    /// is not verified to have changed §5. Check before relying on dates from 2024-07-01.
    /// </remarks>
    public static DatedParameter<int> ProgrammeWorkforceAtLeast { get; } = new(
        "Maternal.ProgrammeWorkforceAtLeast",
        CheckedOn,
        [
            new(RegulationsEffective, 300, new Citation(Regs, 5, 3, version: new LawVersion(new(2014, 12, 30), RegulationsEffective))),
            new(new(2021, 3, 1), 100, new Citation(Regs, 5, 3, version: new LawVersion(new(2020, 9, 16), new(2021, 3, 1)))),
            new(new(2024, 7, 1), 50, new Citation(Regs, 5, 3, version: new LawVersion(new(2024, 5, 31), new(2024, 7, 1)))),
        ]);

    /// <summary>Records are kept at least three years (至少保存三年), 辦法 §14; MAT-17.</summary>
    public static DatedParameter<CalendarPeriod> RecordRetention { get; } =
        One("Maternal.RecordRetention", CalendarPeriod.OfYears(3), new Citation(Regs, 14));

    /// <summary>Reproductive age counted in 附表六: from 15 (育齡期 15~49 歲，以上); MAT-17.</summary>
    public static DatedParameter<int> ReproductiveAgeFrom { get; } = One("Maternal.ReproductiveAgeFrom", 15, Annex6);

    /// <summary>Reproductive age counted in 附表六: up to 49 inclusive (15~49 歲); MAT-17.</summary>
    public static DatedParameter<int> ReproductiveAgeAtMost { get; } = One("Maternal.ReproductiveAgeAtMost", 49, Annex6);

    /// <summary>Self-assessment: age under 18 is a risk factor (未滿18歲), 附表二; MAT-14.</summary>
    public static DatedParameter<int> SelfAgeUnder { get; } = One("Maternal.SelfAgeUnder", 18, Annex2);

    /// <summary>Self-assessment: age over 40 is a risk factor (大於40歲), 附表二; MAT-14.</summary>
    public static DatedParameter<int> SelfAgeOver { get; } = One("Maternal.SelfAgeOver", 40, Annex2);

    /// <summary>Self-assessment: pre-pregnancy weight under 45 kg (未滿45公斤), 附表二; MAT-14.</summary>
    public static DatedParameter<decimal> SelfWeightUnderKg { get; } = One("Maternal.SelfWeightUnderKg", 45m, Annex2);

    /// <summary>Self-assessment: height under 150 cm (未滿150公分), 附表二; MAT-14.</summary>
    public static DatedParameter<decimal> SelfHeightUnderCm { get; } = One("Maternal.SelfHeightUnderCm", 150m, Annex2);

    /// <summary>Physician: haemoglobin under 12 g/dL (血紅素&lt;12g/dL), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> HaemoglobinUnder { get; } = One("Maternal.HaemoglobinUnder", 12m, Annex3);

    /// <summary>Physician: proteinuria over 300 mg in 24 h (超過 300mg), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> ProteinuriaOverMg { get; } = One("Maternal.ProteinuriaOverMg", 300m, Annex3);

    /// <summary>Physician: systolic pressure over 140 mmHg (&gt;140), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> SystolicOver { get; } = One("Maternal.SystolicOver", 140m, Annex3);

    /// <summary>Physician: diastolic pressure over 90 mmHg (&gt;90), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> DiastolicOver { get; } = One("Maternal.DiastolicOver", 90m, Annex3);

    /// <summary>Physician: systolic rise from early pregnancy of 30 mmHg or more (收縮壓高 30mmHg), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> SystolicRiseAtLeast { get; } = One("Maternal.SystolicRiseAtLeast", 30m, Annex3);

    /// <summary>Physician: diastolic rise from early pregnancy of 15 mmHg or more (舒張壓升高 15mmHg), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> DiastolicRiseAtLeast { get; } = One("Maternal.DiastolicRiseAtLeast", 15m, Annex3);

    /// <summary>Physician: more than 4 contractions an hour (1小時超過4次), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> ContractionsPerHourOver { get; } = One("Maternal.ContractionsPerHourOver", 4m, Annex3);

    /// <summary>Physician: fetal growth restriction counted over 37 weeks (&gt;37 週), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> GrowthRestrictionWeeksOver { get; } = One("Maternal.GrowthRestrictionWeeksOver", 37m, Annex3);

    /// <summary>Physician: fetal growth restriction at 2500 g or less (≤ 2500g), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> GrowthRestrictionWeightAtMostGrams { get; } = One("Maternal.GrowthRestrictionWeightAtMostGrams", 2500m, Annex3);

    /// <summary>Physician: threatened labour before 22 weeks is threatened abortion, from 22 weeks preterm labour (妊娠22週未滿/以後), 附表三; MAT-15.</summary>
    public static DatedParameter<decimal> PretermLabourFromWeeks { get; } = One("Maternal.PretermLabourFromWeeks", 22m, Annex3);

    /// <summary>The regulations' article (辦法第 N 條).</summary>
    internal static Citation Article(int article, int? paragraph = null, int? item = null) => new(Regs, article, paragraph, item);

    /// <summary>The MAT-6 limit of a chemical.</summary>
    /// <param name="chemical">The chemical.</param>
    /// <returns>Its dated limit.</returns>
    public static DatedParameter<ChemicalLimit> SpecificChemicalLimit(SpecificChemical chemical) => chemical switch
    {
        SpecificChemical.CarbonDisulfide => CarbonDisulfideLimit,
        SpecificChemical.Trichloroethylene => TrichloroethyleneLimit,
        SpecificChemical.EthyleneOxide => EthyleneOxideLimit,
        SpecificChemical.Acrylamide => AcrylamideLimit,
        SpecificChemical.Ethyleneimine => EthyleneimineLimit,
        SpecificChemical.ArsenicInorganic => ArsenicInorganicLimit,
        SpecificChemical.MercuryInorganic => MercuryInorganicLimit,
        _ => throw new OshValidationException("SpecificChemical", "MAT-6", "is not a chemical of 附表四"),
    };

    /// <summary>Whether any encoded value of the chemical's limit is given in ppm.</summary>
    internal static bool HasPpmLimit(SpecificChemical chemical) =>
        SpecificChemicalLimit(chemical).Values.Any(v => v.Value.Ppm.HasValue);

    /// <summary>The handling limit of a phase, or <see langword="null"/> in a phase without one (breastfeeding after a year).</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The dated limit.</returns>
    public static DatedParameter<HandlingWeightLimit>? HandlingLimit(ProtectionPhase phase) => phase switch
    {
        ProtectionPhase.Pregnant => HandlingLimitPregnant,
        ProtectionPhase.Under6MonthsAfterDelivery => HandlingLimitUnder6Months,
        ProtectionPhase.SixMonthsToUnder1YearAfterDelivery => HandlingLimit6MonthsToUnder1Year,
        _ => null,
    };

    private static DatedParameter<T> One<T>(string name, T value, Citation citation) =>
        new(name, CheckedOn, new DatedValue<T>(RegulationsEffective, value, citation));

    private static DatedParameter<ChemicalLimit> Chem(string name, decimal? ppm, decimal mg) =>
        One("Maternal." + name + "Limit", new ChemicalLimit(ppm, mg), ListingAnnex2 with { Note = "附表四 規定值" });
}
