using System.Collections.Frozen;
using System.Collections.Immutable;
using static OshRules.MaternalProtection.ChemicalHazardClasses;

namespace OshRules.MaternalProtection;

/// <summary>
/// 附錄一: the 20 reproductive toxicants and germ-cell mutagens listed by the maternal-protection guideline
/// (具有生殖毒性、生殖細胞致突變性物質), MAT-16. Thread-safe.
/// </summary>
/// <remarks>
/// The list is not exhaustive (註三 of 附錄一): the safety data sheet's classification prevails, so a
/// <see cref="ChemicalExposure"/> adds its declared classes to those found here.
/// </remarks>
public static class ReproductiveToxicants
{
    private const ChemicalHazardClasses R1 = ReproductiveToxicantCategory1;
    private const ChemicalHazardClasses R2 = ReproductiveToxicantCategory2;
    private const ChemicalHazardClasses M1 = GermCellMutagenCategory1;
    private const ChemicalHazardClasses M2 = GermCellMutagenCategory2;

    /// <summary>The 20 rows of 附錄一, in order (項次 1–20).</summary>
    public static ImmutableArray<ReproductiveToxicant> All { get; } =
    [
        Row(1, "109-86-4", "乙二醇甲醚", "2-methoxyethanol", R1),
        Row(2, "110-80-5", "乙二醇乙醚", "2-ethoxyethanol", R1),
        Row(3, "68-12-2", "二甲基甲醯胺", "N,N-dimethylformamide", R1),
        Row(4, "111-15-9", "乙二醇乙醚醋酸酯", "2-ethoxyethyl acetate", R1),
        Row(5, "7718-54-9", "氯化鎳(II)", "nickel dichloride", R1 | M2),
        Row(6, "110-71-4", "乙二醇二甲醚", "1,2-dimethoxyethane", R1),
        Row(7, "2451-62-9", "三聚異氰酸三縮水甘油酯", "1,3,5-tris(oxiranylmethyl)-1,3,5-triazine-2,4,6(1H,3H,5H)-trione", M1),
        Row(8, "75-26-3", "2-溴丙烷", "2-bromopropane", R1),
        Row(9, "123-39-7", "N-甲基甲醯胺", "N-methylformamide", R1),
        Row(10, "96-45-7", "仲乙硫脲", "2-Imidazolidinethione", R1),
        Row(11, "96-24-2", "3-氯-1,2-丙二醇", "3-chloropropane-1,2-diol", R1),
        Row(12, "77-58-7", "二月桂酸二丁錫", "dibutyltin dilaurate", R1 | M2),
        Row(13, "756-79-6", "甲基磷酸二甲酯", "dimethyl methylphosphonate", M1 | R2),
        Row(14, "924-42-5", "N-(羥甲基)丙烯醯胺", "N-(hydroxymethyl)acrylamide", M1 | R2),
        Row(15, "106-99-0", "1,3-丁二烯", "1,3-Butadiene", M1),
        Row(16, "10043-35-3", "硼酸", "boric acid", R1),
        Row(17, "85-68-7", "鄰苯二甲酸丁苄酯", "benzyl butyl phthalate", R1),
        Row(18, "115-96-8", "磷酸三(2-氯乙基)酯", "tris(2-chloroethyl) phosphate", M1 | R2),
        Row(19, "625-45-6", "甲氧基乙酸", "methoxyacetic acid", R1),
        Row(20, "64-67-5", "硫酸乙酯", "diethyl sulfate", M1),
    ];

    private static readonly FrozenDictionary<CasNumber, ReproductiveToxicant> ByCas = All.ToFrozenDictionary(t => t.Cas);

    /// <summary>The row for a CAS number, or <see langword="null"/> when the substance is not in 附錄一.</summary>
    /// <param name="cas">The CAS number.</param>
    /// <returns>The row, if listed.</returns>
    public static ReproductiveToxicant? Find(CasNumber cas) => ByCas.GetValueOrDefault(cas);

    private static ReproductiveToxicant Row(int number, string cas, string chinese, string english, ChemicalHazardClasses classes) =>
        new(number, CasNumber.Parse(cas), chinese, english, classes);
}
