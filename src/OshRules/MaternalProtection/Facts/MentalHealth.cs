namespace OshRules.MaternalProtection;

/// <summary>Psychological conditions of the self-assessment 附表二 (個人心理狀況), MAT-14.</summary>
[Flags]
public enum MentalHealth
{
    /// <summary>None (無).</summary>
    None = 0,

    /// <summary>Anxiety (焦慮症).</summary>
    Anxiety = 1,

    /// <summary>Depression (憂鬱症).</summary>
    Depression = 2,

    /// <summary>Insomnia (失眠).</summary>
    Insomnia = 4,
}
