namespace OshRules.HealthExams;

/// <summary>
/// The agent of a special hazardous work of categories 8, 9 and 12 of 附表一 (特別危害健康作業之化學物質).
/// The numeric value is the category times 100 plus the sub-item (目) of the annex: 912 is 附表一 第九項第(十二)目, benzene.
/// </summary>
/// <remarks>
/// The 110.12.22 text lists 21 chemicals in category 9 and, in category 12, 1-bromopropane, 1,3-butadiene and indium.
/// The school's 附表 1 (seed 003) puts manganese in category 12; the law lists it in category 9 (sub-item 17), so it is
/// encoded there (the law wins; see the family README).
/// </remarks>
public enum HazardAgent
{
    /// <summary>No agent: the hazard is a whole category (1–7, 10, 11) (無).</summary>
    None = 0,

    /// <summary>1,1,2,2-tetrachloroethane (1,1,2,2-四氯乙烷).</summary>
    Tetrachloroethane = 801,

    /// <summary>Carbon tetrachloride (四氯化碳).</summary>
    CarbonTetrachloride = 802,

    /// <summary>Carbon disulfide (二硫化碳).</summary>
    CarbonDisulfide = 803,

    /// <summary>Trichloroethylene (三氯乙烯).</summary>
    Trichloroethylene = 804,

    /// <summary>Tetrachloroethylene (四氯乙烯).</summary>
    Tetrachloroethylene = 805,

    /// <summary>Dimethylformamide (二甲基甲醯胺).</summary>
    Dimethylformamide = 806,

    /// <summary>n-Hexane (正己烷).</summary>
    NHexane = 807,

    /// <summary>Benzidine and its salts (聯苯胺及其鹽類).</summary>
    Benzidine = 901,

    /// <summary>4-Aminobiphenyl and its salts (4-胺基聯苯及其鹽類).</summary>
    FourAminobiphenyl = 902,

    /// <summary>4-Nitrobiphenyl and its salts (4-硝基聯苯及其鹽類).</summary>
    FourNitrobiphenyl = 903,

    /// <summary>β-Naphthylamine and its salts (β-萘胺及其鹽類).</summary>
    BetaNaphthylamine = 904,

    /// <summary>Dichlorobenzidine and its salts (二氯聯苯胺及其鹽類).</summary>
    Dichlorobenzidine = 905,

    /// <summary>α-Naphthylamine and its salts (α-萘胺及其鹽類).</summary>
    AlphaNaphthylamine = 906,

    /// <summary>Beryllium and its compounds (鈹及其化合物).</summary>
    Beryllium = 907,

    /// <summary>Vinyl chloride (氯乙烯).</summary>
    VinylChloride = 908,

    /// <summary>2,4- or 2,6-toluene diisocyanate (2,4-二異氰酸甲苯或2,6-二異氰酸甲苯).</summary>
    TolueneDiisocyanate = 909,

    /// <summary>4,4'-Methylene diphenyl diisocyanate (4,4'-二異氰酸二苯甲烷).</summary>
    MethyleneDiphenylDiisocyanate = 910,

    /// <summary>Isophorone diisocyanate (二異氰酸異佛爾酮).</summary>
    IsophoroneDiisocyanate = 911,

    /// <summary>Benzene, measured by volume in a mixture (苯).</summary>
    Benzene = 912,

    /// <summary>Asbestos, handling or use only (石綿).</summary>
    Asbestos = 913,

    /// <summary>Chromic acid and its salts, dichromic acid and its salts (鉻酸與其鹽類或重鉻酸及其鹽類).</summary>
    ChromicAcid = 914,

    /// <summary>Arsenic and its compounds (砷及其化合物).</summary>
    Arsenic = 915,

    /// <summary>Cadmium and its compounds (鎘及其化合物).</summary>
    Cadmium = 916,

    /// <summary>Manganese and its compounds, except manganese monoxide and trioxide (錳及其化合物).</summary>
    Manganese = 917,

    /// <summary>Ethyl mercury compounds (乙基汞化合物).</summary>
    EthylMercury = 918,

    /// <summary>Mercury and its inorganic compounds (汞及其無機化合物).</summary>
    Mercury = 919,

    /// <summary>Nickel and its compounds (鎳及其化合物).</summary>
    Nickel = 920,

    /// <summary>Formaldehyde (甲醛).</summary>
    Formaldehyde = 921,

    /// <summary>1-Bromopropane (1-溴丙烷).</summary>
    OneBromopropane = 1201,

    /// <summary>1,3-Butadiene (1,3-丁二烯).</summary>
    Butadiene = 1202,

    /// <summary>Indium and its compounds (銦及其化合物).</summary>
    Indium = 1203,
}
