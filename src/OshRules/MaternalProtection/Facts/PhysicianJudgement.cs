namespace OshRules.MaternalProtection;

/// <summary>A physician's judgement of a hazard for mother, fetus or infant (醫師評估結果), used by MAT-8 and MAT-9.</summary>
public enum PhysicianJudgement
{
    /// <summary>No harm to mother, fetus or infant (無害母體、胎兒或嬰兒健康): tier 1.</summary>
    NoHarm = 1,

    /// <summary>May affect mother, fetus or infant (可能影響母體、胎兒或嬰兒健康): tier 2.</summary>
    MayAffect = 2,

    /// <summary>Harmful to mother, fetus or infant (有危害母體、胎兒或嬰兒健康): tier 3.</summary>
    Harmful = 3,
}
