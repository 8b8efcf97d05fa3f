namespace OshRules.MaternalProtection;

/// <summary>Self-reported symptoms of 附表二 (自覺徵狀), MAT-14.</summary>
[Flags]
public enum Symptoms
{
    /// <summary>None (無).</summary>
    None = 0,

    /// <summary>Bleeding (出血).</summary>
    Bleeding = 1,

    /// <summary>Abdominal pain (腹痛).</summary>
    AbdominalPain = 2,

    /// <summary>Cramps (痙攣).</summary>
    Cramps = 4,
}
