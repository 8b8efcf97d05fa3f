namespace OshRules.MaternalProtection;

/// <summary>Whether the worker may keep her original work (維持原工作), MAT-12.</summary>
public enum OriginalWorkContinuation
{
    /// <summary>She has not asked to (未申請).</summary>
    NotRequested = 0,

    /// <summary>Tier 1–2, a physician found no harm and she consented in writing: she may continue (可繼續從事原工作).</summary>
    Permitted = 1,

    /// <summary>Tier 1–2 but no physician has found the work harmless (待醫師評估).</summary>
    AwaitingPhysicianFinding = 2,

    /// <summary>Tier 1–2 with the physician's finding but without her written consent (待書面同意).</summary>
    AwaitingWrittenConsent = 3,

    /// <summary>Tier 3: the physician's fitness recommendation governs (第三級管理，依醫師適性評估建議辦理).</summary>
    NotAtTier3 = 4,
}
