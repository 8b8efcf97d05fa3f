namespace OshRules.MaternalProtection;

/// <summary>The kind of abnormal-pressure work (異常氣壓作業), MAT-7.</summary>
public enum AbnormalPressureKind
{
    /// <summary>Work in a hyperbaric chamber (高壓室內作業).</summary>
    HyperbaricChamber = 1,

    /// <summary>Diving work (潛水作業).</summary>
    Diving = 2,
}
