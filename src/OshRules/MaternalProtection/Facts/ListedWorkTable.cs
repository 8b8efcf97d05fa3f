namespace OshRules.MaternalProtection;

/// <summary>
/// The table of the listing standard (妊娠與分娩後女性及未滿十八歲勞工禁止從事危險性或有害性工作認定標準) that lists a work, MAT-10.
/// </summary>
public enum ListedWorkTable
{
    /// <summary>附表二: work barred to pregnant workers (妊娠中之女性勞工).</summary>
    Annex2Pregnant = 2,

    /// <summary>附表三: work barred to workers less than one year after delivery (分娩後未滿一年之女性勞工).</summary>
    Annex3Postpartum = 3,
}
