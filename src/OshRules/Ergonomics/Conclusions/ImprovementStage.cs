namespace OshRules.Ergonomics;

/// <summary>The stage of the two-stage ergonomic improvement (二階段人因工程改善).</summary>
public enum ImprovementStage
{
    /// <summary>Simple ergonomic improvement with a checklist (簡易人因工程改善).</summary>
    Simple = 1,

    /// <summary>Advanced improvement by a trained team or experts (進階人因工程改善).</summary>
    Advanced = 2,
}
