namespace OshRules.MaternalProtection;

/// <summary>Whether maternal-protection measures have been taken for a hazard (母性健康保護措施之採取).</summary>
public enum ProtectionMeasures
{
    /// <summary>No measures taken yet (尚未採取母性健康保護措施).</summary>
    NotTaken = 0,

    /// <summary>Measures taken (已採取母性健康保護措施): a downgradable tier-3 finding becomes tier 2 (MAT-11).</summary>
    Taken = 1,
}
